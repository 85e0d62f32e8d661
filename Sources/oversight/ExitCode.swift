/// The process exit codes, as the README documents them.
enum ExitCode: Int32 {
    case success = 0
    case failure = 1
    /// The command line was wrong (sysexits' EX_USAGE).
    case usage = 64
    /// An input file or query was wrong (sysexits' EX_DATAERR).
    case badInput = 65
}
