/// The help texts, one per command.
enum Help {
    static let overview = """
        OVERVIEW: Turn prison-oversight data into compliance figures, rankings and trends,
        exported as .xlsx reports, Vega-Lite chart specs and CSV tables.

        USAGE: oversight <command> [options]

        COMMANDS:
          run        Run query files and write their reports.
          check      Compile query files and report every error, without running them.
          describe   Show each column of a data file: type, nulls, distinct values, range.
          generate   Write a synthetic PPN-style data set (recommendations, events, population).
          query      Run a pipeline given on the command line and print its result.
          explain    Show what each stage of compiling a query makes: tokens, syntax, plans.
          sql        Print the DuckDB SQL that computes each relation of a query.
          help       Show help for a command.

        OPTIONS:
          --version  Show the version.
          -h, --help Show this help.

          See 'oversight help <command>' for a command's options.
        """

    static let commands: [String: String] = [
        "run": """
            OVERVIEW: Run query files and write their reports.

            USAGE: oversight run <query file or folder>... [--param name=value]... [--out DIR]

            ARGUMENTS:
              <query file or folder>  A .query file, or a folder: each of its .query files
                                      runs, except those another one includes.

            OPTIONS:
              --param name=value  Override a parameter declared with 'let' (repeatable),
                                  e.g. --param as_of=2022-07-14.
              --out DIR           Where reports are written (default: Output). Each query
                                  writes a folder DIR/<query name>/ holding <query name>.xlsx,
                                  one CSV per table and one .vl.json per chart.
              -h, --help          Show this help.

            A run that fails writes nothing: the previous outputs stay as they were.
            Exit codes: 0 success, 1 failure, 64 usage error, 65 bad query or data.
            """,
        "check": """
            OVERVIEW: Compile query files and report every error, without running them.

            USAGE: oversight check <query file or folder>... [--param name=value]...

            Reads the data files' headers and types (to check column names), writes nothing.
            Exit codes: 0 no errors, 64 usage error, 65 errors found.
            """,
        "describe": """
            OVERVIEW: Show each column of a data file: inferred type, nulls, distinct values,
            smallest and largest value, and an example.

            USAGE: oversight describe <data file> [--format text|json] [--delimiter CHAR]
                                      [--encoding NAME] [--skip N] [--bad-rows FILE] [--sheet NAME]

            OPTIONS:
              --format text|json  Output for people (default) or for scripts.
              --delimiter CHAR    The field separator: ',', ';', '|' or \t (default: found from the file).
              --encoding NAME     utf-8, latin-1, windows-1252, utf-16 or double-encoded-utf-8
                                  (default: found from the bytes, and said when not UTF-8).
              --skip N            Lines above the header to skip (default: title rows are found).
              --bad-rows FILE     Write rows that cannot be read to FILE instead of stopping.
              --sheet NAME        For an .xlsx workbook: the sheet, by name or position from 1
                                  (default: the first); its header row is found below titles.
              -h, --help          Show this help.
            """,
        "query": """
            OVERVIEW: Run a pipeline given on the command line and print its result.

            USAGE: oversight query '<pipeline>' [--format table|csv|json] [--param name=value]...

            ARGUMENTS:
              <pipeline>  A pipeline in quotes, such as
                          'from "data.csv" | group {area} (aggregate {n = count this}) | sort {-n} | take 5'.
                          Paths are relative to the current folder. Statements such as
                          'let t = (…)' may come first, on their own lines; the final pipeline
                          is the result.

            OPTIONS:
              --format table|csv|json  An aligned table (default), CSV, or a JSON array of objects.
              --param name=value       Override a parameter declared with 'let' (repeatable).
              -h, --help               Show this help.
            """,
        "explain": """
            OVERVIEW: Show what each stage of compiling a query makes.

            USAGE: oversight explain <query file> [--stage tokens|ast|plan|optimized] [--param name=value]...

            OPTIONS:
              --stage tokens     The tokens, one per line with line:column.
              --stage ast        The syntax tree, one statement per line.
              --stage plan       Each relation's logical plan, as bound: one node per line, the
                                 result first, inputs indented, with schemas and expressions.
              --stage optimized  The same plans after constant folding, filter pushdown and
                                 projection pruning.
                                 Without --stage every stage is shown in turn.
              -h, --help         Show this help.
            """,
        "sql": """
            OVERVIEW: Print the DuckDB SQL that computes each relation of a query, with the
            engine's semantics spelled out (division by zero gives null, nulls sort last, groups
            in order of first appearance, nulls never ranked).

            USAGE: oversight sql <query file> [--param name=value]...

            Data paths are written as seen from the current folder, so the SQL runs from there.
            """,
        "generate": """
            OVERVIEW: Write a synthetic data set in the language of Argentina's prison
            ombudsman: recommendations to the Federal Prison Service, their status events and
            quarterly population snapshots of the SPF units, with the messiness of real
            exports (unit spellings, missing due dates, status aliases). Synthetic: every file
            name says so. The same seed gives the same files.

            USAGE: oversight generate [--recommendations N] [--seed S] [--out DIR]

            OPTIONS:
              --recommendations N  How many recommendations (default 5000).
              --seed S             The random seed (default 1).
              --out DIR            Where to write (default Output/sintetico).
            """,
        "help": """
            OVERVIEW: Show help for a command.

            USAGE: oversight help [<command>]
            """,
    ]
}
