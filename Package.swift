// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Podium",
    // Synchronization's Mutex; Linux has it with the toolchain.
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Podium", targets: ["Podium"]),
        .executable(name: "podium", targets: ["PodiumCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "Podium",
            dependencies: ["CLibXML2"]
        ),
        .target(name: "CAllocator"),
        .executableTarget(
            name: "PodiumCLI",
            dependencies: [
                "Podium",
                "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // What both test targets use: paths, samples, gold documents, temporary folders, snapshots,
        // running a program. A plain target under Tests/, so that neither test target copies the other's.
        .target(
            name: "PodiumTestSupport",
            dependencies: ["Podium"],
            path: "Tests/PodiumTestSupport"
        ),
        .testTarget(
            name: "PodiumTests",
            dependencies: [
                "Podium",
                "PodiumTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Ink", package: "Ink"),
            ],
            resources: [.copy("Fixtures")]
        ),
        // The command's logic, in process: `@testable import PodiumCLI` (an executable target can be tested on
        // Linux; SwiftPM renames its `main`). A few end-to-end tests run the built `podium` binary.
        .testTarget(
            name: "PodiumCLITests",
            dependencies: [
                "PodiumCLI",
                "Podium",
                "PodiumTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            // Snapshots are read from the source tree (see Snapshots), not from a bundle.
            exclude: ["Fixtures"]
        ),
    ]
)
