#!/usr/bin/env bash
# The GitHub Action's validation step, runnable anywhere (the action's test in
# npm test runs it outside GitHub). Reads its inputs from the environment:
#   AUTONOMY_GLOBS          files, folders or globs, one per line (default: .)
#   AUTONOMY_MAX_WARNINGS   fail when there are more warnings than this (default: no limit)
#   AUTONOMY_FAIL_ON        error (default), warning, or never
#   AUTONOMY_REPORT_MODEL   a model to render as a PDF briefing (default: none)
#   AUTONOMY_OUT            folder for the SARIF log and the PDF (default: $RUNNER_TEMP/autonomy)
# Prints GitHub annotations (workflow commands) for every diagnostic, writes
# autonomy.sarif for code scanning, and, when GitHub gives them, step outputs
# (errors, warnings, sarif-file, report-file) and a job summary.
set -uo pipefail

fail() {
    echo "::error title=autonomy-action::$1"
    exit 1
}

globs=()
while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [ -n "$line" ] && globs+=("$line")
done <<< "${AUTONOMY_GLOBS:-.}"
[ ${#globs[@]} -gt 0 ] || globs=(.)

fail_on="${AUTONOMY_FAIL_ON:-error}"
case "$fail_on" in
    error|warning|never) ;;
    *) fail "fail-on is '$fail_on'; use error, warning or never." ;;
esac
max_warnings="${AUTONOMY_MAX_WARNINGS:-}"
limit=()
if [ -n "$max_warnings" ]; then
    [[ "$max_warnings" =~ ^[0-9]+$ ]] || fail "max-warnings is '$max_warnings'; give a whole number of warnings, or leave it empty for no limit."
    limit=(--max-warnings "$max_warnings")
fi
out="${AUTONOMY_OUT:-${RUNNER_TEMP:-$(mktemp -d)}/autonomy}"
mkdir -p "$out"
command -v autonomy >/dev/null || fail "the autonomy command is not on PATH; run ci/action/install.sh first."

# Annotations: GitHub reads the workflow commands from the step's output.
annotations="$(autonomy validate "${globs[@]}" --format github "${limit[@]}")"
status=$?
printf '%s\n' "$annotations"
if [ $status -eq 2 ] || [ $status -ge 3 ]; then
    fail "autonomy validate could not check ${globs[*]} (exit $status); see the message above."
fi
autonomy validate "${globs[@]}" --format sarif -o "$out/autonomy.sarif" >/dev/null 2>&1
summary="$(printf '%s\n' "$annotations" | tail -n 1)"
errors="$(sed -nE 's/.* ([0-9]+) errors?.*/\1/p' <<< "$summary")"
warnings="$(sed -nE 's/.* ([0-9]+) warnings?.*/\1/p' <<< "$summary")"
errors="${errors:-0}"
warnings="${warnings:-0}"

report=""
if [ -n "${AUTONOMY_REPORT_MODEL:-}" ]; then
    report="$out/$(basename "${AUTONOMY_REPORT_MODEL%.autonomy}").pdf"
    autonomy report "$AUTONOMY_REPORT_MODEL" --format pdf -o "$report" || fail "the briefing of $AUTONOMY_REPORT_MODEL could not be written; see the message above."
fi

if [ -n "${GITHUB_OUTPUT:-}" ]; then
    {
        echo "errors=$errors"
        echo "warnings=$warnings"
        echo "sarif-file=$out/autonomy.sarif"
        echo "report-file=$report"
    } >> "$GITHUB_OUTPUT"
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    echo "### Autonomy: ${summary#autonomy validate: }" >> "$GITHUB_STEP_SUMMARY"
fi

case "$fail_on" in
    never) exit 0 ;;
    warning) [ "$errors" -eq 0 ] && [ "$warnings" -eq 0 ] && [ $status -eq 0 ] && exit 0 ;;
    error) [ $status -eq 0 ] && exit 0 ;;
esac
echo "autonomy-action: failing ($errors errors, $warnings warnings, fail-on $fail_on${max_warnings:+, max-warnings $max_warnings})."
exit 1
