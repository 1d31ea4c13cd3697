import Testing

@testable import ConsultKit

@Suite struct ResponseLoaderTests {
    @Test(arguments: [
        ("council.md", ResponseLoader.Kind.markdown), ("COUNCIL.MD", .markdown), ("notes.markdown", .markdown),
        ("council.json", .json), ("export.csv", .csv), ("export.tsv", .csv), ("_register.csv", .ignored),
        ("_editorial.md", .ignored), ("export.mapping.json", .ignored), ("README.md", .ignored),
        ("readme.txt", .ignored), ("letter.docx", .ignored), ("notes.txt", .ignored),
    ])
    func tellsResponsesFromOtherFiles(name: String, kind: ResponseLoader.Kind) {
        #expect(ResponseLoader.Kind(fileName: name) == kind)
    }
}
