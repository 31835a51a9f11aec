/** The text `--help` prints, per command. docs/cli.md says the same at more length. */
export const HELP: Record<string, string> = {
    main: `autonomy: validate, analyse and report on .autonomy models

Usage:
  autonomy validate <files, folders or globs...> [options]
  autonomy analyse <file> [--format pretty|json]
  autonomy report <file> [--format pdf|html|md|json] [--edition partners|analyst] [-o file] [--date YYYY-MM-DD] [--charts svg|png <folder>]

Options:
  -h, --help     show help (also: autonomy <command> --help)
  -v, --version  show the version

Exit codes: 0 ok, 1 the models have errors (or too many warnings), 2 usage error or
unreadable input, 3 internal error.
`,
    validate: `Usage: autonomy validate <files, folders or globs...> [options]

Checks model files with the same checks as the editor. A folder stands for every
.autonomy file beneath it; quote globs ("models/**/*.autonomy"). Files the models
import are loaded and checked too.

Options:
  -f, --format <pretty|json|sarif|github>  output format (default: pretty)
      --max-warnings <n>                    fail (exit 1) when there are more than n warnings
  -q, --quiet                               show errors only
      --ignore <glob or folder>             leave matching files out (repeatable)
  -o, --output <file>                       write the output to a file instead of stdout
  -h, --help                                show this help

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 usage error, missing or unreadable file, or nothing to validate.
`,
    analyse: `Usage: autonomy analyse <file> [options]

Computes fair shares, stability and the autonomy paradox for one model.

Options:
  -f, --format <pretty|json>  output format (default: pretty on a terminal, json when piped)
  -o, --output <file>         write the output to a file instead of stdout
  -h, --help                  show this help

Exit codes: 0 done; 1 the model has errors (printed as by validate, nothing analysed);
2 usage error or unreadable file.
`,
    report: `Usage: autonomy report <file> [options]

Writes a briefing report for one model.

Options:
  -f, --format <pdf|html|md|json>  report format (default: pdf)
  -o, --output <file>              where to write it (default: the model's name with the
                                   format's extension, in the current folder; "-" for stdout)
      --date <YYYY-MM-DD>          the date printed on the report, for reproducible output
                                   (default: SOURCE_DATE_EPOCH if set, else today in UTC)
  -e, --edition <partners|analyst> partners: the recommendation and the deal first, a page per
                                   practice, no diagnostics or file paths; analyst: everything
                                   (default: partners for pdf, analyst for the other formats)
      --charts <svg|png> <folder>  also write every chart as its own file, for slides
  -h, --help                       show this help

Exit codes: 0 written (the report lists any warnings); 1 the model has errors (printed as
by validate, no report written); 2 usage error or unreadable file.
`
};
