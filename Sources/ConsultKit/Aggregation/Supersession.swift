/// Responses from the same organisation are one voice: the latest submission counts.
///
/// "The same organisation" means the same respondent name (ignoring case, spacing and a leading
/// "the") and the same stakeholder type. The latest `submitted` date wins; on the same date the later
/// file name wins, and within one export the later row. Members of the public are never merged.
public enum Supersession {
    /// A response set aside because the same organisation submitted again.
    public struct Superseded: Sendable, Hashable {
        /// The earlier response, no longer counted.
        public var response: Response
        /// The response that replaced it.
        public var by: Response
    }

    /// Splits responses into those that count and those superseded, keeping the input order.
    public static func resolve(_ responses: [Response]) -> (counted: [Response], superseded: [Superseded]) {
        var latest: [String: Int] = [:]
        let keys = responses.map(\.organisationKey)
        // By index: copying each response out of the array costs a dozen reference counts.
        for index in responses.indices {
            guard let key = keys[index] else { continue }
            if let current = latest[key], !isLater(responses[index], than: responses[current]) { continue }
            latest[key] = index
        }
        var counted: [Response] = []
        counted.reserveCapacity(responses.count)
        var superseded: [Superseded] = []
        for index in responses.indices {
            if let key = keys[index], let winner = latest[key], winner != index {
                superseded.append(Superseded(response: responses[index], by: responses[winner]))
            } else {
                counted.append(responses[index])
            }
        }
        return (counted, superseded)
    }

    /// Whether `a` replaces `b`: a later date, or the same date and a later file name or row.
    static func isLater(_ a: Response, than b: Response) -> Bool {
        switch (a.submitted, b.submitted) {
        case (let x?, let y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.source != b.source { return a.source > b.source }
        return (a.row ?? 0) > (b.row ?? 0)
    }
}
