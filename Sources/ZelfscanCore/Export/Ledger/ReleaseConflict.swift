import YAML

extension ReleaseLedger {
    /// A class or group that a candidate export shares with an earlier one but with a few
    /// municipalities more or fewer: differencing the two would single those out. It names the
    /// release and the label, never a member token.
    public struct Conflict: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// A class of the cell panel (labels starting with `cells:`).
            case cellClass
            /// A group of an aggregate statistic (any other label).
            case statisticGroup
            /// All municipalities each export released anything about.
            case allMembers
            /// Cells whose panel classes in this and earlier exports, taken together, are shared by
            /// fewer than k: a cell's rows can be linked across exports by their means.
            case linkedCells
        }

        /// The `released` day of the earlier export.
        public var earlierRelease: String
        public var kind: Kind
        /// The class or group's label; `all` for `.allMembers`.
        public var label: String
        /// How many municipalities are in one of the two and not in the other.
        public var difference: Int
        /// The distance that had to be kept: the larger of the two exports' k.
        public var k: Int

        public init(earlierRelease: String, kind: Kind, label: String, difference: Int, k: Int) {
            self.earlierRelease = earlierRelease
            self.kind = kind
            self.label = label
            self.difference = difference
            self.k = k
        }

        /// The kind of a label as written by the export: `cells:` for panel classes.
        public static func kind(ofLabel label: String) -> Kind {
            label.hasPrefix("cells:") ? .cellClass : .statisticGroup
        }

        /// One line for the refusal message.
        public var text: Phrase {
            let what: Phrase
            switch kind {
            case .cellClass: what = Phrase(en: "the cell class '\(label)'", nl: "de celklasse '\(label)'")
            case .statisticGroup: what = Phrase(en: "the statistics group '\(label)'", nl: "de statistiekgroep '\(label)'")
            case .allMembers: what = Phrase(en: "the municipalities released as a whole", nl: "de vrijgegeven gemeenten als geheel")
            case .linkedCells:
                return Phrase(en: "\(difference) cell(s) of the panel class '\(label)' would be told apart by linking this export to the export of \(earlierRelease): their classes in both are shared by fewer than \(k) cells",
                              nl: "\(difference) rij(en) van het celpanel in de panelklasse '\(label)' zouden te onderscheiden zijn door deze export te koppelen aan de export van \(earlierRelease): hun klassen in beide worden door minder dan \(k) cellen gedeeld")
            }
            let count = Phrase(en: difference == 1 ? "1 municipality" : "\(difference) municipalities",
                               nl: difference == 1 ? "1 gemeente" : "\(difference) gemeenten")
            return Phrase(en: "\(what.en) differs from the export of \(earlierRelease) by \(count.en) (at least \(k) needed)",
                          nl: "\(what.nl) verschilt van de export van \(earlierRelease) in \(count.nl) (minstens \(k) nodig)")
        }
    }

    /// Where `candidate` would let someone holding it and an earlier export single municipalities
    /// out: for every earlier export and every label in both, and for all members of each, a
    /// symmetric difference of 1 to k−1 members. Identical classes (0) and classes at least k apart
    /// are safe. k is the larger of `k` and the earlier export's, so an export made at k = 6 keeps
    /// its promise when a later one is made at k = 5.
    public func conflicts(with candidate: Entry, k: Int) -> [Conflict] {
        var found: [Conflict] = []
        let candidateAll = candidate.allMembers
        for earlier in entries {
            let threshold = max(k, earlier.k)
            for label in candidate.classes.keys.sorted() {
                guard let members = earlier.classes[label], let ours = candidate.classes[label] else { continue }
                let difference = members.symmetricDifference(ours).count
                if difference > 0 && difference < threshold {
                    found.append(Conflict(earlierRelease: earlier.released, kind: Conflict.kind(ofLabel: label), label: label,
                                          difference: difference, k: threshold))
                }
            }
            let difference = earlier.allMembers.symmetricDifference(candidateAll).count
            if difference > 0 && difference < threshold {
                found.append(Conflict(earlierRelease: earlier.released, kind: .allMembers, label: "all", difference: difference, k: threshold))
            }
        }
        return found + linkedCellConflicts(with: candidate, k: k)
    }

    /// A cell's rows carry the same means in every export that holds its year, so exports can be
    /// joined row by row; what then singles a cell out is the combination of its panel classes in
    /// every export, or its absence from one. Cells that this combination splits off into a group
    /// smaller than k, which the earlier exports alone did not, are conflicts.
    func linkedCellConflicts(with candidate: Entry, k: Int) -> [Conflict] {
        guard !entries.isEmpty else { return [] }
        let threshold = entries.map(\.k).reduce(k, max)
        func labels(_ entry: Entry) -> [String: String] {
            var labels: [String: String] = [:]
            for (label, members) in entry.classes where Conflict.kind(ofLabel: label) == .cellClass {
                for member in members { labels[member] = label }
            }
            return labels
        }
        let earlier = entries.map(labels)
        let current = labels(candidate)
        let members = earlier.reduce(Set(current.keys)) { $0.union($1.keys) }
        var before: [[String]: Int] = [:]
        var after: [[String]: Set<String>] = [:]
        for member in members {
            let history = earlier.map { $0[member] ?? "-" }
            before[history, default: 0] += 1
            after[history + [current[member] ?? "-"], default: []].insert(member)
        }
        var found: [Conflict] = []
        for (combination, group) in after.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) })
        where group.count < threshold && group.count < before[Array(combination.dropLast())]! {
            let changedFrom = Array(zip(entries, combination)).last { $0.1 != "-" }?.0.released ?? entries.last!.released
            found.append(Conflict(earlierRelease: changedFrom, kind: .linkedCells, label: combination.last == "-" ? "(left out)" : combination.last!,
                                  difference: group.count, k: threshold))
        }
        return found
    }
}
