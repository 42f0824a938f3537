import YAML

/// The format 2 key `group`: the questionnaire's word for the group that evaluates itself.
extension QuestionnaireDecoder {
    /// `group: {nl: {singular: cel, plural: cellen, article: de}, en: {singular: cell, plural: cells}}`.
    /// Every declared language gives both forms; Dutch also its article. A language the tool
    /// does not speak is checked but unused; one the file does not declare keeps the neutral word.
    mutating func decodeGroupNoun(_ node: Node) -> GroupNoun? {
        formatTwoKeys.append(("group", node.mark))
        guard let fields = reader.fields(node, of: .key("group"), required: reader.languages) else { return nil }
        var noun = GroupNoun.neutral
        var valid = true
        for language in reader.languages {
            guard let languageNode = fields[language] else { continue }
            let what = Phrase.key(language, of: .key("group"))
            let dutch = language == Language.nl.rawValue
            guard let forms = reader.fields(languageNode, of: what, required: dutch ? ["singular", "plural", "article"] : ["singular", "plural"],
                                            optional: dutch ? [] : ["article"]),
                  let singular = reader.text(forms["singular"], .key("singular", of: what)),
                  let plural = reader.text(forms["plural"], .key("plural", of: what)) else {
                valid = false
                continue
            }
            if let articleNode = forms["article"] {
                guard dutch else {
                    reader.log.error(Phrase(en: "only the Dutch word needs an article ('de' or 'het'); \(language) takes none",
                                            nl: "alleen het Nederlandse woord heeft een lidwoord nodig ('de' of 'het'); \(language) krijgt er geen"),
                                     at: articleNode.mark, hint: Phrase(en: "remove 'article' here", nl: "verwijder hier 'article'"))
                    valid = false
                    continue
                }
                guard let text = reader.text(articleNode, .key("article", of: what)) else {
                    valid = false
                    continue
                }
                guard let article = GroupNoun.Article(rawValue: text) else {
                    reader.log.error(Phrase(en: "'\(text)' is not a Dutch article; use 'de' (de cel) or 'het' (het partnerschap)",
                                            nl: "'\(text)' is geen Nederlands lidwoord; gebruik 'de' (de cel) of 'het' (het partnerschap)"),
                                     at: articleNode.mark)
                    valid = false
                    continue
                }
                noun.article = article
            }
            switch Language(rawValue: language) {
            case .nl: noun.nl = GroupNoun.Forms(singular: singular, plural: plural)
            case .en: noun.en = GroupNoun.Forms(singular: singular, plural: plural)
            case nil: break
            }
        }
        return valid ? noun : nil
    }
}
