#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Times steps and reports them as `engine<TAB>step<TAB>seconds`, as the peers' script does.
struct BenchClock {
    var runs: Int

    /// Runs `body` `runs` times and prints the best time; returns the last result.
    func best<T>(_ step: String, _ body: () throws -> T) rethrows -> T {
        var fastest = Double.infinity
        var result: T?
        for _ in 0..<runs {
            result = nil  // frees the previous answer before the next run, as the peers do
            let start = DispatchTime.now().uptimeNanoseconds
            result = try body()
            fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        report(step, String(format: "%.3f", fastest))
        return result!
    }

    /// Runs `body` once and prints its time.
    func once<T>(_ step: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        report(step, String(format: "%.3f", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }

    func report(_ step: String, _ value: String) {
        print("oversight\t\(step)\t\(value)")
        fflush(nil)  // every stream: lines reach a pipe as they are printed
    }

    /// The peak resident memory of this process so far, in MB (`VmHWM` in `/proc/self/status`).
    static func peakMegabytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first
            return kilobytes.map { $0 / 1024 }
        }
        return nil
    }
}
