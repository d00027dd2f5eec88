import Foundation
import Testing

@testable import reglab

/// Bad files: the text, then the message after "reglab: <path>" (with its location).
private let badFiles: [(String, String)] = [
  ("x1,x2,y\n1,2,3\n4,5\n6,7,8\n", ":3: this row has 2 fields but the header has 3"),
  ("x1,x2,y\n1,2,3\n4,five,6\n", ":3:2: cell \"five\" in column \"x2\" is not a number"),
  (
    "x1,x2,z\n1,2,3\n4,5,6\n",
    ":1: no column named \"y\" in the header (columns: \"x1\", \"x2\", \"z\")"
  ),
  (
    "y,x1,y\n1,2,3\n4,5,6\n",
    ":1:3: the target \"y\" is also column 1; the target must be one column"
  ),
  (
    "x1,x1,y\n1,2,3\n4,5,6\n",
    ":1:2: column \"x1\" is also column 1; feature names must be distinct"
  ),
  ("", ": the file is empty; expected a header row and at least 2 data rows"),
  ("x1,y\n", ": there are no data rows after the header; need at least 2"),
  ("x1,y\n1,2\n", ": only 1 data row; need at least 2"),
  ("x1,y\n1,nan\n2,3\n", ":2:2: cell \"nan\" in column \"y\" is not a finite number"),
  ("x1,y\n1,2\ninf,3\n", ":3:1: cell \"inf\" in column \"x1\" is not a finite number"),
]

@Suite("reglab runs") struct RunTests {
  @Test(
    "bad data: exit 65, one line naming file, line and column, nothing written", arguments: badFiles
  )
  func badDataIsRefused(text: String, message: String) {
    let folder = scratchFolder()
    let csv = write(text, to: folder)
    for command in [["path"], ["fit", "--alpha", "0.1"], ["cv", "--folds", "2"]] {
      let out = folder + "/out-\(command[0])"
      let result = reglab(command + ["--csv", csv, "--target", "y", "--out", out])
      #expect(result.status == 65)
      #expect(result.stderr == "reglab: \(csv)\(message)\n")
      #expect(result.stdout.isEmpty)
      #expect(!exists(out))
    }
  }

  @Test("a constant target with --standardize: exit 65 naming the column, nothing written")
  func constantTargetIsRefused() {
    let folder = scratchFolder()
    let csv = write("x1,y,x2\n1,3,2\n2,3,5\n4,3,1\n", to: folder)
    let result = reglab([
      "path", "--csv", csv, "--target", "y", "--standardize", "--out", folder + "/o",
    ])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "reglab: \(csv): column 2 (\"y\", the target) is constant, so --standardize cannot "
        + "scale it (its standard deviation is 0)\n")
    #expect(!exists(folder + "/o"))
    // Without --standardize a constant target is a valid (if dull) problem: all zeros.
    #expect(reglab(["path", "--csv", csv, "--target", "y"]).status == 0)
  }

  @Test("a constant feature with --standardize: exit 65 naming it")
  func constantFeatureIsRefused() {
    let folder = scratchFolder()
    let csv = write("x1,y,x2\n1,3,2\n2,4,2\n4,3,2\n", to: folder)
    let result = reglab(["fit", "--alpha", "1", "--csv", csv, "--target", "y", "--standardize"])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "reglab: \(csv): column 3 (\"x2\") is constant, so --standardize cannot scale it "
        + "(its standard deviation is 0)\n")
  }

  @Test("an unreadable file: exit 66, one line")
  func unreadableFile() {
    let folder = scratchFolder()
    let result = reglab([
      "path", "--csv", folder + "/missing.csv", "--target", "y", "--out", folder + "/o",
    ])
    #expect(result.status == 66)
    #expect(result.stderr == "reglab: \(folder)/missing.csv: cannot read the file: no such file\n")
    #expect(!exists(folder + "/o"))
  }

  @Test("--folds larger than the number of rows: exit 64 with usage, nothing written")
  func tooManyFolds() {
    let folder = scratchFolder()
    let csv = write(csvText(sampleData(samples: 8)), to: folder)
    let result = reglab([
      "cv", "--csv", csv, "--target", "y", "--folds", "9", "--out", folder + "/o",
    ])
    #expect(result.status == 64)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.first == "reglab: --folds 9 is more than the 8 data rows of \(csv)")
    #expect(lines.dropFirst().first?.hasPrefix("usage: reglab cv") == true)
    #expect(!exists(folder + "/o"))
  }

  @Test("--out naming a file: exit 73, one line")
  func outputIntoAFile() {
    let folder = scratchFolder()
    let csv = write(csvText(sampleData()), to: folder)
    let blocker = write("x", to: folder, name: "blocker")
    let result = reglab(["path", "--csv", csv, "--target", "y", "--out", blocker])
    #expect(result.status == 73)
    #expect(result.stderr == "reglab: cannot write into \(blocker): it is a file, not a folder\n")
  }

  @Test("a quoted header, CRLF line ends and no final line break are accepted")
  func quotedCRLFInput() throws {
    let folder = scratchFolder()
    let data = sampleData()
    var text = csvText(data, lineEnd: "\r\n")
    text = text.replacingOccurrences(of: "x1,", with: "\"x1, first\",")
    text.removeLast()  // "\r\n" is one Character
    #expect(!text.hasSuffix("\n"))
    let quoted = write(text, to: folder, name: "quoted.csv")
    let plain = write(csvText(data), to: folder, name: "plain.csv")
    let a = decode(
      PathOutput.self, reglab(["path", "--csv", quoted, "--target", "y", "--json"]).stdout)
    let b = decode(
      PathOutput.self, reglab(["path", "--csv", plain, "--target", "y", "--json"]).stdout)
    #expect(a.featureNames.first == "x1, first")
    #expect(a.coefficients == b.coefficients)
  }

  @Test("help on the tool and on each command goes to stdout with status 0")
  func helpIsPrinted() {
    for arguments in [
      ["--help"], ["-h"], ["help"], ["path", "--help"], ["fit", "-h"], ["help", "cv"],
    ] {
      let result = reglab(arguments)
      #expect(result.status == 0)
      #expect(result.stdout.contains("usage: reglab"))
      #expect(result.stderr.isEmpty)
    }
  }
}
