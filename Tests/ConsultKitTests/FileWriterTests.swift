import Foundation
import Testing

@testable import ConsultKit

@Suite struct FileWriterTests {
    @Test func createWritesANewFileAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        try FileWriter.create(folder.path("a.md"), with: Array("hello\n".utf8))
        #expect(try folder.read("a.md") == "hello\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.md"])
    }

    @Test func createRefusesToOverwrite() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "mine\n")
        #expect(
            throws: FileWriter.Failure(
                path: folder.path("a.md"), reason: "a file of that name already exists; it was not overwritten")
        ) {
            try FileWriter.create(folder.path("a.md"), with: Array("theirs\n".utf8))
        }
        #expect(try folder.read("a.md") == "mine\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.md"])
    }

    @Test func replaceOverwrites() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "old\n")
        try FileWriter.replace(folder.path("a.md"), with: Array("new\n".utf8))
        #expect(try folder.read("a.md") == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.md"])
    }

    @Test func reportsAFolderThatDoesNotExist() throws {
        let folder = try TemporaryFolder()
        #expect(throws: FileWriter.Failure.self) {
            try FileWriter.create(folder.path("missing/a.md"), with: [])
        }
    }
}
