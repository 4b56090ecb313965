export const helpText = `Usage: brandvoice [options] [paths or globs...]
       brandvoice lsp [--stdio]
       brandvoice merge-reports REPORT.json... [--format FORMAT] [--output FILE]
                  [--max-warnings N] [--quiet]

Lint customer-facing copy against your brand's voice. Paths default to the
current folder; folders are searched for .md, .markdown, .html, .htm and .txt files,
and for the .json, .yaml and .yml string catalogs the config lists in \`catalogs\`.

Options:
  --config FILE          use this config file alone (no search)
  --format FORMAT        report format: pretty (default), json, sarif (SARIF
                         2.1.0 for code scanning) or github (GitHub Actions
                         annotations)
  --output FILE          write the report to FILE instead of standard output
  --stdin                lint text read from standard input
  --stdin-filename NAME  path the standard input belongs to (format, config, touchpoint)
  --lang CODE            language of files whose frontmatter does not say (en, ro, pl, ca…)
  --touchpoint TYPE      touchpoint of files whose frontmatter does not say
  --quiet                report errors only
  --max-warnings N       exit 1 when there are more than N warnings
  --fix                  apply the certain fixes to the files, then report what remains
  --fix-dry-run          print the fixes as a unified diff and change nothing
                         (the report goes only to --output); works with --stdin
  --shard I/N            lint only shard I of N (1-based, such as 2/4), for CI
                         matrices: a file's shard depends on its path alone;
                         an empty shard reports nothing and exits 0
  --report-unused-disables
                         warn at each brandvoice-disable comment (or frontmatter
                         brandvoice.disable) that silenced nothing
  --concurrency N|auto|off
                         lint files on N worker threads; auto (default) uses
                         them only for enough copy on a machine with 2+ cores
  --cache                reuse the reports of files unchanged since the last run
  --cache-location PATH  the cache file, or a folder for it (default
                         node_modules/.cache/brandvoice/)
  --no-config-js         refuse JavaScript configs, which run code when loaded
                         (also BRANDVOICE_NO_CONFIG_JS=1): for CI on untrusted changes
  --print-config FILE    print the config, language and touchpoint for FILE as JSON
  --list-rules           list the rules with their default severity
  -v, --version          print the version
  -h, --help             print this help

\`brandvoice lsp\` starts the language server for editors, on standard input and
output (--stdio is accepted, as editor clients pass it); see docs/editors.md.
A folder named lsp is linted with \`brandvoice ./lsp\`.

\`brandvoice merge-reports\` joins the --format json reports of separate runs
(the shards of a CI matrix) and writes them as one report in any --format,
with the exit status a run over all their files would have; see docs/ci.md.
A folder named merge-reports is linted with \`brandvoice ./merge-reports\`.

Exit status: 0 no errors (and warnings within --max-warnings), 1 findings that
fail the run, 2 a usage, config or file-system problem.
Colours: NO_COLOR turns them off, FORCE_COLOR on.
`
