// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "affected",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "affected", targets: ["affected"]),
    .library(name: "AffectedGit", targets: ["AffectedGit"]),
    .library(name: "AffectedModel", targets: ["AffectedModel"]),
    .library(name: "AffectedPlanner", targets: ["AffectedPlanner"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibGit2",
      pkgConfig: "libgit2",
      providers: [.apt(["libgit2-dev"])]
    ),
    .systemLibrary(
      name: "CLibDeflate",
      pkgConfig: "libdeflate",
      providers: [.apt(["libdeflate-dev"])]
    ),
    .systemLibrary(name: "CMalloc"),
    .target(name: "AffectedGit", dependencies: ["CLibGit2", "CLibDeflate"]),
    .target(
      name: "AffectedModel",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),
    .target(name: "AffectedPlanner", dependencies: ["AffectedGit", "AffectedModel"]),
    .target(
      name: "AffectedOutput",
      dependencies: ["AffectedPlanner", .product(name: "Yams", package: "Yams")]
    ),
    .executableTarget(
      name: "affected",
      dependencies: [
        "AffectedGit", "AffectedModel", "AffectedPlanner", "AffectedOutput", "CMalloc",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "AffectedTestSupport", dependencies: ["AffectedGit"]),
    .testTarget(
      name: "AffectedGitTests",
      dependencies: ["AffectedGit", "AffectedTestSupport"]
    ),
    .testTarget(
      name: "AffectedModelTests",
      dependencies: ["AffectedModel"],
      resources: [.copy("Conformance")]
    ),
    .testTarget(
      name: "AffectedPlannerTests",
      dependencies: ["AffectedPlanner", "AffectedTestSupport"]
    ),
    .testTarget(
      name: "AffectedOutputTests",
      dependencies: [
        "AffectedGit", "AffectedOutput", "AffectedPlanner",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .testTarget(
      name: "AffectedCLITests",
      dependencies: ["AffectedTestSupport"]
    ),
  ]
)
