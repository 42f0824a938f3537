extension Language {
    /// A number as people read it: as the questionnaire writes it (no ".0", no exponent), with
    /// this language's decimal sign ("0,5" in Dutch). Files keep the dot; this is for reading.
    public func number(_ value: Double) -> String { decimal(NumberText.format(value)) }
}
