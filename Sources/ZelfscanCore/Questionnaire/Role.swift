/// A group of roles compared in reports (security, social-preventive, administration).
public struct RoleGroup: Sendable, Equatable {
    public var id: String
    public var label: LocalizedText
}

/// The capacity in which a member answers; never a name.
public struct Role: Sendable, Equatable {
    public var id: String
    public var group: String
    public var label: LocalizedText
}
