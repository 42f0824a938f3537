// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "LIVCZelfscan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zelfscan", targets: ["zelfscan"]),
        .executable(name: "zelfscan-benchmark", targets: ["ZelfscanBenchmark"]),
        .library(name: "ZelfscanCore", targets: ["ZelfscanCore"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "ZelfscanText", targets: ["ZelfscanText"]),
        .library(name: "ZelfscanTerminal", targets: ["ZelfscanTerminal"]),
        .library(name: "ZelfscanReport", targets: ["ZelfscanReport"]),
        .library(name: "ZelfscanFiles", targets: ["ZelfscanFiles"]),
        .library(name: "ZelfscanServices", targets: ["ZelfscanServices"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // glibc's allocator controls: an export keeps its memory flat (docs/performance.md).
        .systemLibrary(name: "CMalloc"),
        .target(name: "ZelfscanText"),
        .target(name: "YAML", dependencies: ["CYAML", "ZelfscanText"]),
        .target(
            name: "ZelfscanCore",
            dependencies: ["YAML", "ZelfscanText", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "ZelfscanTerminal", dependencies: ["ZelfscanCore"]),
        .target(name: "ZelfscanReport", dependencies: ["ZelfscanCore"]),
        // The file layer: reading, atomic writes, draft locks and parallel reading; no commands.
        .target(
            name: "ZelfscanFiles",
            dependencies: ["ZelfscanCore", "ZelfscanTerminal", "YAML", "CMalloc",
                           .product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto")]
        ),
        // What the commands call: workspaces and pools, a take's drafts, the peer pool, export
        // writing and the audit's folder reading, the commands' words and their failures.
        .target(
            name: "ZelfscanServices",
            dependencies: ["ZelfscanCore", "ZelfscanTerminal", "ZelfscanReport", "ZelfscanFiles", "YAML", "CSQLite"]
        ),
        .executableTarget(
            name: "zelfscan",
            dependencies: [
                "ZelfscanServices",
                "ZelfscanCore",
                "ZelfscanTerminal",
                "ZelfscanReport",
                "ZelfscanFiles",
                "YAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Issue 7's measurements (docs/performance.md); never a dependency of the tool or its tests.
        .executableTarget(name: "ZelfscanBenchmark", dependencies: ["ZelfscanCore", "YAML", "CYAML"]),
        .target(name: "TestSupport", dependencies: ["ZelfscanCore"], path: "Tests/TestSupport"),
        .testTarget(name: "ZelfscanTextTests", dependencies: ["ZelfscanText"]),
        .testTarget(name: "ZelfscanFilesTests", dependencies: ["ZelfscanFiles", "ZelfscanCore", "YAML"]),
        .testTarget(name: "ZelfscanServicesTests", dependencies: ["ZelfscanServices", "ZelfscanCore"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"]),
        .testTarget(
            name: "ZelfscanCoreTests",
            dependencies: [
                "ZelfscanCore",
                "YAML",
                "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "ZelfscanTerminalTests", dependencies: ["ZelfscanTerminal", "ZelfscanCore"]),
        .testTarget(name: "ZelfscanReportTests", dependencies: ["ZelfscanReport", "ZelfscanCore"], exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["zelfscan", "ZelfscanServices", "TestSupport"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
