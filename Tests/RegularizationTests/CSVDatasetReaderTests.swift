import Testing

@testable import Regularization

@Suite("CSV data set reader") struct CSVDatasetReaderTests {
  @Test("spaces and tabs around a field are trimmed, inner ones kept")
  func trimming() {
    let bytes = Array(" \t1 2\t ".utf8)
    let trimmed = bytes.withUnsafeBufferPointer { buffer in
      Array(CSVDatasetReader.trimmed(buffer))
    }
    #expect(String(decoding: trimmed, as: UTF8.self) == "1 2")
  }

  @Test("the target may be any column; the features keep file order")
  func targetAnywhere() throws {
    let data = try CSVDataset(parsing: "a,y,b\n1,2,3\n4,5,6\n", target: "y")
    #expect(data.featureNames == ["a", "b"])
    #expect(data.targetColumn == 2)
    #expect(data.features == (try Matrix(rowArrays: [[1, 3], [4, 6]])))
    #expect(data.targets == [2, 5])
  }
}
