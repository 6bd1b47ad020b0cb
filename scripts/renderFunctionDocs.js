// The function reference (docs/functions.{vi,en}.md, dist/docs/functions.{vi,en}.html) built
// from the function catalogue, so the docs, the task pane's guide and the Vietnamese metadata
// never disagree. One document model, two renderers (Markdown for the repository, HTML for the
// help URLs, whose anchors are the function ids in lower case).

const labels = {
  vi: {
    title: 'Các hàm HTX trong Excel',
    intro: [
      'Bổ trợ htx-plan thêm vào Excel các hàm tính toán dùng cho phụ lục kế hoạch phát triển kinh tế tập thể, hợp tác xã. Trong Excel tiếng Việt, hàm mang tên tiếng Việt (ví dụ `HTX.TYLEDAT`) và các đối số cách nhau bằng dấu chấm phẩy `;`; trong Excel tiếng Anh, hàm mang tên tiếng Anh (ví dụ `HTX.ATTAINMENT`) và các đối số cách nhau bằng dấu phẩy `,`.',
      'Đối số là số có thể là một số, một ô, hoặc chữ số viết kiểu Việt Nam như `"1.022,5"`, `"02"`, `"khoảng 600"`, `"34,3%"` (đọc như hàm `HTX.DOCSO`). Thông báo lỗi hiện bằng tiếng Việt khi Excel dùng giao diện tiếng Việt, bằng tiếng Anh trong các trường hợp khác.',
    ],
    contents: 'Mục lục',
    common: 'Lỗi chung của mọi hàm',
    otherName: 'Tên trong Excel tiếng Anh',
    syntax: 'Cú pháp',
    arguments: 'Đối số',
    argument: 'Đối số',
    description: 'Mô tả',
    optional: 'tùy chọn',
    range: 'vùng ô',
    result: 'Kết quả',
    errors: 'Lỗi riêng',
    example: 'Ví dụ',
    other: { href: 'functions.en.html', text: 'English version' },
    separator: '; ',
  },
  en: {
    title: 'HTX functions for Excel',
    intro: [
      'The htx-plan add-in gives Excel calculation functions for the appendix tables of the annual plan for the collective economy and cooperatives. In an English Excel the functions carry English names (for example `HTX.ATTAINMENT`) and arguments are separated by commas `,`; in a Vietnamese Excel they carry Vietnamese names (for example `HTX.TYLEDAT`) and arguments are separated by semicolons `;`.',
      'A numeric argument may be a number, a cell, or a number written the Vietnamese way such as `"1.022,5"`, `"02"`, `"khoảng 600"`, `"34,3%"` (read as `HTX.NUMBER` reads it). Error messages are in Vietnamese when Excel is displayed in Vietnamese, in English otherwise.',
    ],
    contents: 'Contents',
    common: 'Errors every function can return',
    otherName: 'Name in a Vietnamese Excel',
    syntax: 'Syntax',
    arguments: 'Arguments',
    argument: 'Argument',
    description: 'Description',
    optional: 'optional',
    range: 'range',
    result: 'Result',
    errors: 'Errors of this function',
    example: 'Example',
    other: { href: 'functions.vi.html', text: 'Bản tiếng Việt' },
    separator: ', ',
  },
};

/** The parameter name as Excel shows it: words joined by "_" ("thực_hiện", "from_unit"). */
const excelParameterName = (parameter, lang) =>
  lang === 'en' ? parameter.id : parameter.name.vi.split(' ').join('_');

const nameIn = (info, lang) => `HTX.${lang === 'vi' ? info.viName : info.id}`;
const otherNameOf = (info, lang) => nameIn(info, lang === 'vi' ? 'en' : 'vi');
const anchorOf = (info) => info.id.toLowerCase();

function syntaxOf(info, lang) {
  const args = info.parameters.map((p) => {
    const name = excelParameterName(p, lang);
    return p.optional ? `[${name}]` : name;
  });
  return `=${nameIn(info, lang)}(${args.join(labels[lang].separator)})`;
}

/** The document as data: sections of paragraphs, tables, lists and examples. */
function documentModel(catalog, lang) {
  const l = labels[lang];
  const { functionCatalog, commonErrors } = catalog;
  const errorItems = (errors) => errors.map((e) => `\`${e.code}\`: ${e.when[lang]}`);
  return {
    lang,
    title: l.title,
    other: l.other,
    intro: l.intro,
    contents: {
      heading: l.contents,
      items: functionCatalog.map((f) => ({
        anchor: anchorOf(f),
        text: `${nameIn(f, lang)}: ${f.description[lang]}`,
      })),
    },
    common: { heading: l.common, items: errorItems(commonErrors) },
    functions: functionCatalog.map((f) => ({
      anchor: anchorOf(f),
      heading: nameIn(f, lang),
      paragraphs: [f.description[lang], `${l.otherName}: \`${otherNameOf(f, lang)}\``],
      syntaxLabel: l.syntax,
      syntax: syntaxOf(f, lang),
      argumentsLabel: l.arguments,
      table: {
        head: [l.argument, l.description],
        rows: f.parameters.map((p) => {
          const notes = [p.optional && l.optional, p.range && l.range].filter(Boolean);
          const name = `\`${excelParameterName(p, lang)}\`${notes.length ? ` (${notes.join(', ')})` : ''}`;
          return [name, p.description[lang]];
        }),
      },
      resultLabel: l.result,
      result: f.result[lang],
      errorsLabel: l.errors,
      errors: errorItems(f.errors),
      exampleLabel: l.example,
      example: { formula: f.example[lang], result: f.example.result[lang] },
    })),
  };
}

function renderMarkdown(catalog, lang) {
  const doc = documentModel(catalog, lang);
  const cell = (text) => text.split('|').join('\\|');
  const out = [
    '<!-- Generated from src/core/catalog/functionCatalog.ts by scripts/writeFunctionDocs.mjs: edit the catalogue, not this file. -->',
    '',
    `# ${doc.title}`,
    '',
    `[${doc.other.text}](${doc.other.href.replace('.html', '.md')})`,
    '',
    ...doc.intro.flatMap((p) => [p, '']),
    `## ${doc.contents.heading}`,
    '',
    ...doc.contents.items.map(
      (item) =>
        `- [${item.text.split(':')[0]}](#${item.anchor}):${item.text.slice(item.text.indexOf(':') + 1)}`,
    ),
    '',
    `## ${doc.common.heading}`,
    '',
    ...doc.common.items.map((item) => `- ${item}`),
    '',
  ];
  for (const f of doc.functions) {
    out.push(
      `<a id="${f.anchor}"></a>`,
      '',
      `## ${f.heading}`,
      '',
      ...f.paragraphs.flatMap((p) => [p, '']),
    );
    out.push(`**${f.syntaxLabel}:** \`${f.syntax}\``, '', `**${f.argumentsLabel}:**`, '');
    out.push(`| ${f.table.head.join(' | ')} |`, `| ${f.table.head.map(() => '---').join(' | ')} |`);
    out.push(...f.table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`), '');
    out.push(`**${f.resultLabel}:** ${f.result}`, '');
    if (f.errors.length)
      out.push(`**${f.errorsLabel}:**`, '', ...f.errors.map((e) => `- ${e}`), '');
    out.push(`**${f.exampleLabel}:** \`${f.example.formula}\``, '', `→ ${f.example.result}`, '');
  }
  return out.join('\n');
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** Escapes, then turns `code` spans into <code>. */
const inline = (text) => escapeHtml(text).replace(/`([^`]*)`/g, '<code>$1</code>');

function renderHtml(catalog, lang) {
  const doc = documentModel(catalog, lang);
  const li = (items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const sections = doc.functions.map((f) =>
    [
      `<section id="${f.anchor}">`,
      `<h2>${escapeHtml(f.heading)}</h2>`,
      ...f.paragraphs.map((p) => `<p>${inline(p)}</p>`),
      `<p><strong>${escapeHtml(f.syntaxLabel)}:</strong> <code>${escapeHtml(f.syntax)}</code></p>`,
      `<table><thead><tr>${f.table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>`,
      ...f.table.rows.map((row) => `<tr>${row.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`),
      '</tbody></table>',
      `<p><strong>${escapeHtml(f.resultLabel)}:</strong> ${inline(f.result)}</p>`,
      f.errors.length
        ? `<p><strong>${escapeHtml(f.errorsLabel)}:</strong></p>${li(f.errors.map(inline))}`
        : '',
      `<p><strong>${escapeHtml(f.exampleLabel)}:</strong> <code>${escapeHtml(f.example.formula)}</code><br>→ ${inline(f.example.result)}</p>`,
      '</section>',
    ].join('\n'),
  );
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    '<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}h2{border-top:1px solid #ddd;padding-top:1rem}code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}</style>',
    '</head>',
    '<body>',
    `<p><a href="${doc.other.href}">${escapeHtml(doc.other.text)}</a></p>`,
    `<h1>${escapeHtml(doc.title)}</h1>`,
    ...doc.intro.map((p) => `<p>${inline(p)}</p>`),
    `<h2>${escapeHtml(doc.contents.heading)}</h2>`,
    li(doc.contents.items.map((i) => `<a href="#${i.anchor}">${inline(i.text)}</a>`)),
    `<h2>${escapeHtml(doc.common.heading)}</h2>`,
    li(doc.common.items.map(inline)),
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

module.exports = {
  renderMarkdown,
  renderHtml,
  excelParameterName,
  anchorOf,
  languages: ['vi', 'en'],
};
