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
        .testTarget(
            name: "PodiumTests",
            dependencies: [
                "Podium",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Ink", package: "Ink"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
