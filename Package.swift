// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "oversight",
    products: [
        .executable(name: "oversight", targets: ["oversight"]),
        .library(name: "Frame", targets: ["Frame"]),
        .library(name: "FrameIO", targets: ["FrameIO"]),
        .library(name: "QueryEngine", targets: ["QueryEngine"]),
        .library(name: "OversightStats", targets: ["OversightStats"]),
        .library(name: "Reporting", targets: ["Reporting"]),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter", pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(
            name: "CMinizip", pkgConfig: "minizip",
            providers: [.apt(["libminizip-dev"])]),

        .target(name: "Frame", linkerSettings: [.linkedLibrary("m")]),
        .target(name: "FrameIO", dependencies: ["Frame", "CMinizip"]),
        .target(name: "Report", dependencies: ["Frame", "FrameIO"]),
        .target(name: "XLSXExport", dependencies: ["Frame", "Report", "CXlsxWriter"]),
        .target(name: "QuerySyntax"),
        .target(name: "OversightStats", dependencies: ["Frame"]),
        .target(
            name: "QueryEngine",
            dependencies: ["QuerySyntax", "Frame", "FrameIO", "OversightStats", "Report"]),
        .target(
            name: "Reporting",
            dependencies: ["QueryEngine", "QuerySyntax", "Frame", "FrameIO", "Report", "XLSXExport"]),
        .executableTarget(name: "oversight", dependencies: ["Reporting", "QueryEngine", "FrameIO", "Frame"]),
        .executableTarget(name: "oversight-bench", dependencies: ["Frame", "FrameIO"]),

        .target(name: "TestSupport", dependencies: ["Frame", "FrameIO", "CMinizip"], path: "Tests/TestSupport"),
        .testTarget(name: "FrameTests", dependencies: ["Frame", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "FrameIOTests", dependencies: ["Frame", "FrameIO", "TestSupport"], exclude: ["Workbooks"]),
        .testTarget(name: "QuerySyntaxTests", dependencies: ["QuerySyntax"]),
        .testTarget(
            name: "QueryEngineTests", dependencies: ["QueryEngine", "QuerySyntax", "Frame", "FrameIO", "TestSupport"],
            exclude: ["Golden", "Errors"]),
        .testTarget(
            name: "OversightStatsTests", dependencies: ["OversightStats", "Frame", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Frame", "TestSupport"]),
        .testTarget(
            name: "XLSXExportTests",
            dependencies: ["XLSXExport", "Report", "Frame", "CXlsxWriter", "CMinizip", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["oversight", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
