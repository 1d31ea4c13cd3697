// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "consult",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ConsultKit", targets: ["ConsultKit"]),
        .executable(name: "consult", targets: ["consult"]),
    ],
    targets: [
        .target(name: "ConsultKit"),
        .executableTarget(name: "consult", dependencies: ["ConsultKit"]),
        .testTarget(
            name: "ConsultKitTests",
            dependencies: ["ConsultKit"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
