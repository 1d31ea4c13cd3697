import Foundation

extension Questionnaire {
    /// A copy that shares no storage with this one, for a worker thread: values that two cores read
    /// through shared reference counts slow both down.
    func deepCopy() -> Questionnaire {
        guard let data = try? JSONEncoder().encode(self),
            let copy = try? JSONDecoder().decode(Questionnaire.self, from: data)
        else { return self }
        return copy
    }
}

extension String {
    /// A copy with storage of its own (see `Questionnaire.deepCopy()`).
    func deepCopy() -> String {
        String(decoding: Array(utf8), as: UTF8.self)
    }
}
