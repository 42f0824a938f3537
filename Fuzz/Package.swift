// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// libFuzzer targets for the YAML layer and the two loaders (docs/fuzzing.md).
///
/// A package of its own, so the root package's `swift build` and CI never build fuzz targets;
/// `scripts/fuzz` builds it with `-sanitize=fuzzer`, which instruments the root's libraries too.
/// SwiftPM names a path dependency after its folder (`main`, `wt-fuzz`, a CI clone's name), not
/// after its manifest's `name`.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "ZelfscanFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .systemLibrary(name: "CLibFuzzer"),
        .target(name: "FuzzDriver", dependencies: ["CLibFuzzer"]),
        .executableTarget(name: "FuzzYAML", dependencies: ["FuzzDriver", .product(name: "YAML", package: root)]),
        .executableTarget(name: "FuzzQuestionnaire", dependencies: ["FuzzDriver", .product(name: "ZelfscanCore", package: root)]),
        .executableTarget(name: "FuzzResponse", dependencies: ["FuzzDriver", .product(name: "ZelfscanCore", package: root)]),
    ],
    swiftLanguageModes: [.v6]
)
