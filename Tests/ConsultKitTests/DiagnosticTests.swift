import Foundation
import Testing

@testable import ConsultKit

@Suite struct DiagnosticTests {
    @Test func formatsLikeACompiler() {
        #expect(Diagnostic.error("bad", file: "a.md", line: 3).formatted == "a.md:3: error: bad")
        #expect(Diagnostic.warning("odd", file: "a.md").formatted == "a.md: warning: odd")
        #expect(
            Diagnostic(.error, "bad", file: "a.csv", line: 4, column: 7, note: "fix it").formatted
                == "a.csv:4:7: error: bad\n  note: fix it")
    }

    @Test func knowsWhetherAnyIsAnError() {
        #expect([Diagnostic.warning("w", file: "a")].hasErrors == false)
        #expect([Diagnostic.warning("w", file: "a"), .error("e", file: "b")].hasErrors)
        #expect([Diagnostic]().hasErrors == false)
        #expect(Diagnostic.Severity.warning < .error)
    }

    @Test func sortsByFileThenLineThenMessage() {
        let sorted = [
            Diagnostic.error("z", file: "b.md", line: 1), .warning("b", file: "a.md", line: 10),
            .warning("a", file: "a.md", line: 10), .error("q", file: "a.md", line: 2), .error("n", file: "a.md"),
        ].sortedForReport()
        #expect(
            sorted.map(\.formatted) == [
                "a.md: error: n", "a.md:2: error: q", "a.md:10: warning: a", "a.md:10: warning: b", "b.md:1: error: z",
            ])
    }

    @Test func encodesEveryKeyEvenWhenUnknown() throws {
        let data = try JSONEncoder().encode([
            Diagnostic.error("bad", file: "q.json"), .warning("odd", file: "r.md", line: 2),
        ])
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        for object in objects {
            #expect(Set(object.keys) == ["severity", "message", "file", "line", "column", "note"])
        }
        #expect(objects[0]["line"] is NSNull)
        #expect(objects[1]["line"] as? Int == 2)
        #expect(objects[1]["severity"] as? String == "warning")
        let decoded = try JSONDecoder().decode([Diagnostic].self, from: data)
        #expect(decoded == [.error("bad", file: "q.json"), .warning("odd", file: "r.md", line: 2)])
    }
}
