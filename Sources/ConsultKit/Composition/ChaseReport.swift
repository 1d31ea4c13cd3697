/// Renders a ``ChaseList`` for people (a list grouped by status, missing first) or for a mail merge (CSV).
public enum ChaseReport {
    /// The order statuses are listed in: who to chase first.
    static let order: [ChaseList.Status] = [.missing, .late, .superseded, .responded]

    /// The list as text: one group per status, each row padded into columns, then a count line.
    public static func text(_ list: ChaseList, questionnaire: Questionnaire, register: String) -> String {
        var out = "Stakeholders expected in \(register): \(list.items.count)\n"
        let rows = list.items.map { item in
            [
                item.entry.respondent, typeLabel(item.entry, questionnaire), placeLabel(item.entry, questionnaire),
                detail(item),
            ]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for status in order {
            let members = list.items.indices.filter { list.items[$0].status == status }
            guard !members.isEmpty else { continue }
            out += "\n\(heading(status)) (\(members.count))\n"
            for index in members {
                let row = rows[index]
                var line = "  "
                for column in 0..<3 {
                    line += row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0) + "  "
                }
                out += (line + row[3]).trimmingSpacesAtEnd() + "\n"
            }
        }
        let counts = order.map { status in "\(list.items.filter { $0.status == status }.count) \(status.rawValue)" }
        out += "\n\(list.items.count) expected: \(counts.joined(separator: ", ")).\n"
        return out
    }

    /// The list as CSV for a mail merge: respondent, type, place, contact, status and the date submitted.
    public static func csv(_ list: ChaseList, questionnaire: Questionnaire) -> String {
        var writer = CSVWriter(header: ["respondent", "type", "place", "contact", "status", "submitted"])
        for item in list.items {
            writer.append([
                item.entry.respondent, typeLabel(item.entry, questionnaire), placeLabel(item.entry, questionnaire),
                item.entry.contact, item.status.rawValue, item.latest?.submitted?.description ?? "",
            ])
        }
        return writer.text
    }

    private static func heading(_ status: ChaseList.Status) -> String {
        switch status {
        case .missing: "Missing: no response yet"
        case .late: "Late: responded after the deadline"
        case .superseded: "Superseded: responded more than once; the latest response counts"
        case .responded: "Responded"
        }
    }

    private static func detail(_ item: ChaseList.Item) -> String {
        let submitted = item.latest?.submitted.map { "submitted \($0.longDescription)" }
        switch item.status {
        case .missing: return item.entry.contact
        case .superseded:
            return "\(item.responses) responses; the latest" + (submitted.map { ", \($0)," } ?? "") + " counts"
        case .late, .responded: return submitted ?? "date not given"
        }
    }

    private static func typeLabel(_ entry: StakeholderRegister.Entry, _ questionnaire: Questionnaire) -> String {
        entry.type.flatMap { questionnaire.stakeholderType(id: $0)?.label } ?? entry.typeText
    }

    private static func placeLabel(_ entry: StakeholderRegister.Entry, _ questionnaire: Questionnaire) -> String {
        entry.place.flatMap { questionnaire.place(id: $0)?.label } ?? entry.placeText
    }
}

extension String {
    fileprivate func trimmingSpacesAtEnd() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
