/** The part of Mozilla's add-on linter the Firefox package test uses; the package ships no types. */
declare module 'addons-linter' {
  interface LintMessage {
    code: string;
    file: string;
    message: string;
  }
  interface LintResult {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LintResult> };
  };
  export default linter;
}
