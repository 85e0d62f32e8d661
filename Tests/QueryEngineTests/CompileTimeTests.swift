import Foundation
import Frame
import FrameIO
import QueryEngine
import QuerySyntax
import Testing
import TestSupport

/// Compiling a query (parse, bind, optimize) takes under 10 ms once the sources' schemas are
/// known; reading the data files for their schemas grows with the data and is not counted.
///
/// Only an optimised build is timed (`swift test -c release -Xswiftc -enable-testing`): a
/// debug build is ten times slower and says nothing about what users see.
@Suite struct CompileTimeTests {
    #if DEBUG
    static let optimizedBuild = false
    #else
    static let optimizedBuild = true
    #endif

    @Test(.enabled(if: optimizedBuild, "timed in optimised builds only"), arguments: OptimizerTests.bundled)
    func compilingTakesUnderTenMilliseconds(_ name: String) throws {
        let folder = Fixtures.path("Queries")
        let file = SourceFile(name: name, text: try String(contentsOfFile: "\(folder)/\(name).query", encoding: .utf8))
        var schemas: [Source: Schema] = [:]
        _ = try Binder.bind(try Parser.parse(file)) { source in
            let schema = Schema(of: try CSVReader.read(path: "\(folder)/\(source.path)").frame)
            schemas[source] = schema
            return schema
        }
        let clock = ContinuousClock()
        var fastest = Duration.seconds(1)
        for _ in 0..<20 {
            let elapsed = try clock.measure {
                let bound = try Binder.bind(try Parser.parse(file)) { schemas[$0]! }
                _ = Optimizer().optimize(bound)
            }
            fastest = min(fastest, elapsed)
        }
        #expect(fastest < .milliseconds(10))
    }
}
