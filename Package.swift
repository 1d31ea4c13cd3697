// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "consult",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ConsultKit", targets: ["ConsultKit"]),
        .executable(name: "consult", targets: ["consult"]),
        .executable(name: "consult-bench", targets: ["consult-bench"]),
    ],
    targets: [
        .target(name: "ConsultKit"),
        .executableTarget(name: "consult", dependencies: ["ConsultKit"]),
        // Times summary and compose on a generated 100,000-row export: swift run -c release consult-bench
        .executableTarget(name: "consult-bench", dependencies: ["ConsultKit"]),
        .testTarget(
            name: "ConsultKitTests",
            dependencies: ["ConsultKit"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
