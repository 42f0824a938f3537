/// Table lines end at their last character: padded cells would leave trailing blanks.
extension String {
    public func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
