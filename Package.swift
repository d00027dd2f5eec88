// swift-tools-version:6.0
import PackageDescription

/// Regularization, taught by running it. No package dependencies: the toolchain's
/// Foundation and Swift Testing only.
let package = Package(
  name: "RegularizationLessons",
  products: [
    .library(name: "Regularization", targets: ["Regularization"]),
    .library(name: "Figures", targets: ["Figures"]),
    .library(name: "LessonKit", targets: ["LessonKit"]),
    .executable(name: "lessons", targets: ["lessons"]),
    .executable(name: "lesson-1", targets: ["lesson-1"]),
  ],
  targets: [
    .target(name: "Regularization"),
    .target(name: "Figures"),
    .target(name: "LessonKit", dependencies: ["Figures"]),
    .target(name: "Gallery", dependencies: ["LessonKit"]),
    .executableTarget(
      name: "lessons", dependencies: ["LessonKit", "Gallery"], path: "Lessons/lessons"),
    .executableTarget(
      name: "lesson-1",
      dependencies: ["Regularization", "Figures", "LessonKit"],
      path: "Lessons/01-l1-sparsity"),
    .testTarget(
      name: "RegularizationTests", dependencies: ["Regularization"],
      exclude: ["Reference"], resources: [.copy("Fixtures")]),
    .testTarget(name: "FiguresTests", dependencies: ["Figures"], resources: [.copy("Golden")]),
    .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "Figures"]),
    .testTarget(name: "GalleryTests", dependencies: ["Gallery", "LessonKit", "Figures"]),
    .testTarget(
      name: "LessonTests",
      dependencies: ["lesson-1", "Regularization", "Figures", "LessonKit"]),
  ]
)
