import Figures

/// The running lesson, handed to its story: the options, the narrative printer, the
/// claims made so far and the staged output files.
public struct Lesson: Sendable {
  public let info: LessonInfo
  public let options: LessonOptions
  /// The terminal story; see `Narrative`.
  public var narrative: Narrative
  public private(set) var claims: [Claim] = []
  public private(set) var output: OutputFolder

  public init(info: LessonInfo, options: LessonOptions, narrative: Narrative) {
    self.info = info
    self.options = options
    self.narrative = narrative
    self.output = OutputFolder(root: options.outputRoot, program: info.program)
  }

  /// The seed for every random draw (`--seed`, or the lesson's default).
  public var seed: UInt64 { options.seed }

  /// Records a claim; they are printed together at the end.
  public mutating func claim(_ claim: Claim) { claims.append(claim) }

  /// Shows a figure at this point of the story: stages `<name>.svg` and `<name>.csv`
  /// (written when the story ends) and puts the figure into the notebook page here, with
  /// its numbered caption and a link to its CSV; the terminal prints the path.
  ///
  /// Place the call after the paragraph that tells the learner what to look for in it.
  public mutating func show(_ figure: some Figure, as name: String) {
    let svg = figure.svg()
    output.stage(file: name + ".svg", contents: svg)
    output.stage(file: name + ".csv", contents: figure.csv())
    narrative.figure(name: name, svg: svg, path: output.path + "/" + name + ".svg")
  }

  /// The names of the figures shown so far, in order.
  public var shownFigures: [String] { narrative.figures.map(\.name) }

  /// The notebook page of the story told so far, with the claims made so far.
  public var page: String {
    NotebookPage.markdown(info: info, seed: seed, blocks: narrative.blocks, claims: claims)
  }

  /// Whether every claim made so far held.
  public var allClaimsHeld: Bool { claims.allSatisfy(\.holds) }
}
