import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata/lib/generate';
import { functionCatalog } from '../core/catalog/functionCatalog';
import { customFunctionsById } from './functions';

// The JSDoc of functions.ts is what Excel shows in English; the catalogue is what the task pane,
// the Vietnamese metadata and the docs show. They must say the same thing.
describe('the JSDoc of functions.ts', () => {
  let metadata: {
    functions: {
      id: string;
      description: string;
      helpUrl: string;
      parameters: { name: string; description: string }[];
    }[];
  };
  let associate: { functionName: string; id: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(path.join(__dirname, 'functions.ts'));
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
    associate = result.associate;
  });

  it.each(functionCatalog.map((info) => [info.id, info]))(
    '%s has the catalogue’s English descriptions and a help URL to its anchor',
    (id, info) => {
      const fn = metadata.functions.find((f) => f.id === id)!;
      expect(fn.description).toBe(info.description.en);
      expect(fn.parameters.map((p) => [p.name, p.description])).toEqual(
        info.parameters.map((p) => [p.id, p.description.en]),
      );
      expect(fn.helpUrl).toBe(`https://localhost:3000/docs/functions.en.html#${id.toLowerCase()}`);
    },
  );

  it('maps each id to the function registered under it', () => {
    const byId = customFunctionsById as Record<string, { name: string }>;
    for (const { functionName, id } of associate) expect(byId[id].name).toBe(functionName);
    expect(associate).toHaveLength(Object.keys(customFunctionsById).length);
  });
});
