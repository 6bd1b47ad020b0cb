/** A plan the writer cannot apply as asked (a contract mistake by the plan's builder). */
export class EditPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditPlanError';
  }
}
