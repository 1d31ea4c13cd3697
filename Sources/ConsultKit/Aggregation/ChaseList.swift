/// Each stakeholder the register expects, and whether they have responded: the list behind `consult chase`.
///
/// Organisations are matched by name, ignoring case, spacing and a leading or trailing "the"; members
/// of the public are never matched.
public struct ChaseList: Sendable {
    /// Where an expected stakeholder stands.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// No response yet.
        case missing
        /// Responded after the feedback deadline.
        case late
        /// Responded more than once; the latest response counts.
        case superseded
        /// Responded by the deadline.
        case responded
    }

    /// One expected stakeholder and what they sent.
    public struct Item: Sendable, Hashable {
        /// The register's row.
        public var entry: StakeholderRegister.Entry
        /// Where they stand.
        public var status: Status
        /// How many responses they sent.
        public var responses: Int
        /// The response that counts, when there is one.
        public var latest: Response?
    }

    /// The register's stakeholders, in the register's order.
    public var items: [Item]
    /// Rows whose type differs from the type the organisation responded as.
    public var diagnostics: [Diagnostic]

    /// Matches the register against every response read.
    public init(register: StakeholderRegister, intake: Intake, questionnaire: Questionnaire) {
        var byName: [String: [Response]] = [:]
        for response in intake.responses where !response.isPublic {
            byName[response.respondent.organisationNameKey, default: []].append(response)
        }
        items = []
        diagnostics = []
        for entry in register.entries {
            let responses = byName[entry.respondent.organisationNameKey] ?? []
            let latest = responses.dropFirst().reduce(responses.first) { current, next in
                guard let current else { return next }
                return Supersession.isLater(next, than: current) ? next : current
            }
            var status = Status.missing
            if let latest {
                let deadline = questionnaire.feedbackDeadline
                let late = deadline.flatMap { deadline in latest.submitted.map { $0 > deadline } } ?? false
                status = responses.count > 1 ? .superseded : late ? .late : .responded
                if let type = entry.type, type != latest.type {
                    let expected = questionnaire.stakeholderType(id: type)?.label ?? type
                    let actual = questionnaire.stakeholderType(id: latest.type)?.label ?? latest.type
                    diagnostics.append(
                        .warning(
                            "'\(entry.respondent)' is listed as '\(expected)' but responded as '\(actual)' in \(latest.location); it is matched by name, so check which type is right",
                            file: register.source, line: entry.row))
                }
            }
            items.append(Item(entry: entry, status: status, responses: responses.count, latest: latest))
        }
    }

    /// The organisations that have not responded (members of the public are left out).
    public var missingOrganisations: [Item] {
        items.filter { $0.status == .missing && $0.entry.type != StakeholderType.publicID }
    }
}
