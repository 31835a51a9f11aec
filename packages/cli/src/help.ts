/** The text `--help` prints, per command. docs/cli.md says the same at more length. */
export const HELP: Record<string, string> = {
    main: `autonomy: validate, analyse and report on .autonomy models

Usage:
  autonomy validate <files, folders or globs...> [options]
  autonomy analyse <file> [--format pretty|json]
  autonomy report <file> [--format pdf|html|markdown|json] [--edition partners|analyst] [-o file] [--date YYYY-MM-DD] [--charts svg|png <folder>] [--sensitivity]
  autonomy deal <file> [--initiative NAME] [--format pretty|json|markdown]
  autonomy sensitivity <file> [--format pretty|json|markdown]
  autonomy compare <baseline> <scenario...> [--format pretty|json|pdf|html|markdown] [-o file]
  autonomy lsp --stdio          the language server, for editors (docs/editors.md)

Options:
  -h, --help     show help (also: autonomy <command> --help)
  -v, --version  show the version
  --root <dir>   the project root, for every command: no file outside it is read, even
                 through an import or a link (default: the current directory)

Exit codes: 0 ok, 1 the models have errors (or too many warnings), 2 usage error or
unreadable input, 3 internal error.
`,
    validate: `Usage: autonomy validate <files, folders or globs...> [options]

Checks model files with the same checks as the editor. A folder stands for every
.autonomy file beneath it; quote globs ("models/**/*.autonomy"). Files the models
import are loaded and checked too.

Options:
  -f, --format <pretty|json|sarif|github|junit|gitlab>
                                            output format (default: pretty); junit is JUnit XML
                                            as ESLint writes it, gitlab GitLab's code-quality JSON
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
  -f, --format <pdf|html|markdown|json>  report format (default: pdf; md means markdown)
  -o, --output <file>              where to write it (default: the model's name with the
                                   format's extension, in the current folder; "-" for stdout)
      --date <YYYY-MM-DD>          the date printed on the report, for reproducible output
                                   (default: SOURCE_DATE_EPOCH if set, else today in UTC)
  -e, --edition <partners|analyst> partners: the recommendation and the deal first, a page per
                                   practice, no diagnostics or file paths; analyst: everything
                                   (default: partners for pdf, analyst for the other formats)
      --charts <svg|png> <folder>  also write every chart as its own file, for slides
      --sensitivity                add the sensitivity section (break-evens, tornado charts,
                                   fragile verdicts marked; re-analyses the model many times)
  -h, --help                       show this help

Exit codes: 0 written (the report lists any warnings); 1 the model has errors (printed as
by validate, no report written); 2 usage error or unreadable file.
`,
    deal: `Usage: autonomy deal <file> [options]

Prints the term sheet of each initiative: the least money moved from the charged
split so that every participant gains (and, when some split is stable, no group
does better alone), settled in the fewest payments, beside the compensation to
the fair share. Where no deal exists, the cheapest levers that would create one.

Options:
  -i, --initiative <name>              only this initiative (its name or title)
  -f, --format <pretty|json|markdown>  output format (default: pretty on a terminal, json
                                       when piped; md means markdown)
  -o, --output <file>                  write the output to a file instead of stdout
  -h, --help                           show this help

Exit codes: 0 done; 1 the model has errors (printed as by validate, nothing analysed);
2 usage error, unreadable file or unknown initiative.
`,
    sensitivity: `Usage: autonomy sensitivity <file> [options]

For every verdict (each practice's paradox verdict, each initiative's predicted
outcome, whether its charged split is in the core) and every input it depends
on: the value at which the verdict flips (to the penny, 0.1 percentage point,
one patient or 0.01 of a score), or that it does not flip in the input's range.
A verdict an input flips within 10% (a percentage within 5 points) is FRAGILE.
Also a tornado of each practice's expected autonomy gain and each initiative's
net saving, with every input lowered and raised by 20% (percentages by 10 points).
docs/formulas.md ("Sensitivity") describes the search.

Options:
  -f, --format <pretty|json|markdown>  output format (default: pretty on a terminal, json
                                       when piped; md means markdown)
  -o, --output <file>                  write the output to a file instead of stdout
      --date <YYYY-MM-DD>              the date printed on the markdown document (default:
                                       as for report)
  -h, --help                           show this help

Exit codes: 0 done; 1 the model has errors (printed as by validate, nothing analysed);
2 usage error or unreadable file.
`,
    compare: `Usage: autonomy compare <baseline file> <scenario file...> [options]

Compares scenarios of one locality, each a model file (typically importing one
register of practices). Practices and initiatives are matched by name. For each
practice: benefit, fair share, expected autonomy alone and in the collective,
verdict and readiness; for each initiative: net saving and predicted outcome;
each with its difference from the first file (the baseline). Practices missing
from some scenarios are marked.

Options:
  -f, --format <pretty|json|pdf|html|markdown>
                                          output format (default: pretty on a terminal,
                                          json when piped; md means markdown)
  -o, --output <file>                     where to write it (html and pdf default to
                                          <baseline>-comparison.<format> in the current folder;
                                          "-" for stdout)
      --date <YYYY-MM-DD>                 the date printed on the briefing (default: as for report)
  -h, --help                              show this help

Exit codes: 0 done; 1 a model has errors (printed as by validate, nothing compared);
2 usage error (fewer than two files, or scenarios in different currencies),
missing or unreadable file.
`,
    lsp: `Usage: autonomy lsp [--stdio]

Starts the Autonomy language server on stdin and stdout, for any editor with an
LSP client (Neovim, Helix, Emacs, Sublime Text, Zed: see docs/editors.md). It
is the server the VS Code extension runs, with the same diagnostics, hovers,
rename, formatting and the autonomy/report, autonomy/structure and
autonomy/analysis requests. It runs until the editor stops it.

Options:
      --stdio      talk LSP over stdin/stdout (the default)
      --node-ipc   talk over Node's IPC channel (how VS Code starts it)
  -h, --help       show this help
`
};
