// swift-tools-version:6.0
import PackageDescription

/// Regularization, taught by running it. No package dependencies: the toolchain's
/// Foundation and Swift Testing only.

/// Every lesson: its number (the executable is `lesson-N`) and its folder under Lessons/.
let lessons: [(number: Int, folder: String)] = [
  (1, "01-l1-sparsity"),
  (2, "02-weight-decay"),
  (3, "03-unpenalized-bias"),
  (4, "04-loss-gradients"),
  (5, "05-sigmoid-saturation"),
  (6, "06-l1-corners"),
  (7, "07-lasso-vs-ridge-cv"),
  (8, "08-elastic-net"),
  (9, "09-optimizer-weight-decay"),
  (10, "10-l1-in-practice"),
  (11, "11-overfitting-lambda"),
  (12, "12-dropout"),
  (13, "13-early-stopping"),
  (14, "14-data-augmentation"),
]

let lessonNames = lessons.map { "lesson-\($0.number)" }
let libraries = ["Regularization", "Figures", "LessonKit", "CommandLineOptions", "AtomicOutput"]

let package = Package(
  name: "RegularizationLessons",
  products: libraries.map { .library(name: $0, targets: [$0]) }
    + (["lessons", "reglab"] + lessonNames).map { .executable(name: $0, targets: [$0]) },
  targets: [
    .target(name: "Regularization"),
    .target(name: "PathEngine", dependencies: ["Regularization", "PathEngineKernels"]),
    // PathEngine's hot loops in C, each compiled for AVX2 + FMA through a per-function
    // target attribute and called only after a run-time check of the CPU.
    .target(name: "PathEngineKernels"),
    .target(name: "Figures"),
    .target(name: "CommandLineOptions"),
    .target(name: "AtomicOutput"),
    .target(name: "LessonKit", dependencies: ["Figures", "CommandLineOptions", "AtomicOutput"]),
    .target(name: "Gallery", dependencies: ["LessonKit", "CommandLineOptions"]),
    .executableTarget(
      name: "lessons", dependencies: ["LessonKit", "Gallery"], path: "Lessons/lessons"),
    .executableTarget(
      name: "reglab",
      dependencies: [
        "Regularization", "PathEngine", "Figures", "CommandLineOptions", "AtomicOutput",
      ]),
    // scikit-learn's paths on two data sets, shared by the Regularization and PathEngine
    // tests (a library target, so that both test targets can load its resources).
    .target(
      name: "TestFixtures", dependencies: ["Regularization"], path: "Tests/TestFixtures",
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "RegularizationTests", dependencies: ["Regularization", "TestFixtures"],
      exclude: ["Reference"], resources: [.copy("Fixtures")]),
    .testTarget(name: "PathEngineTests", dependencies: ["PathEngine", "TestFixtures"]),
    .testTarget(
      name: "FiguresTests", dependencies: ["Figures"], exclude: ["Reference"],
      resources: [.copy("Golden")]),
    .testTarget(name: "CommandLineOptionsTests", dependencies: ["CommandLineOptions"]),
    .testTarget(name: "AtomicOutputTests", dependencies: ["AtomicOutput"]),
    .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "Figures"]),
    .testTarget(name: "GalleryTests", dependencies: ["Gallery", "LessonKit", "Figures"]),
    .testTarget(
      name: "LessonTests",
      dependencies: lessonNames.map { .target(name: $0) } + libraries.map { .target(name: $0) }),
    .testTarget(
      name: "ReglabTests",
      dependencies: ["reglab", "Regularization", "Figures", "CommandLineOptions"]),
  ]
    + lessons.map { lesson in
      .executableTarget(
        name: "lesson-\(lesson.number)",
        dependencies: libraries.map { .target(name: $0) },
        path: "Lessons/\(lesson.folder)")
    }
)
