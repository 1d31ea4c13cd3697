extension Response {
    /// What the respondent wrote, answer by answer in questionnaire order (empty answers left out): the
    /// text compared when looking for campaigns.
    func campaignText(_ questionnaire: Questionnaire) -> [String] {
        questionnaire.questions.compactMap { question in
            guard let text = answers[question.id]?.text, !text.isEmpty else { return nil }
            return text
        }
    }

    /// ``campaignText(_:)`` as one text, answers a blank line apart: the wording quoted for a campaign.
    func campaignWording(_ questionnaire: Questionnaire) -> String {
        campaignText(questionnaire).joined(separator: "\n\n")
    }
}
