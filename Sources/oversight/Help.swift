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
              <query file or folder>  A .query file, or a folder whose .query files all run.

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

            USAGE: oversight describe <data file> [--format text|json]

            OPTIONS:
              --format text|json  Output for people (default) or for scripts.
              -h, --help          Show this help.
            """,
        "help": """
            OVERVIEW: Show help for a command.

            USAGE: oversight help [<command>]
            """,
    ]
}
