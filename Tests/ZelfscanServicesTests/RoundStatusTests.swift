import Testing
@testable import ZelfscanServices

@Suite("status: role groups under the privacy rule")
struct RoundStatusTests {
    let groups = ["security", "social-preventive", "administration"]

    @Test func groupsOfAtLeastThreeByNameTheRestTogether() {
        let (shown, others) = RoundStatus.safeCounts(["security": 3, "social-preventive": 4, "administration": 1, "": 1], groups: groups, minimum: 3)
        #expect(shown == ["security": 3, "social-preventive": 4])
        #expect(others == 2)
    }

    @Test func oneSmallGroupIsNeverShownAloneUnderItsOwnCount() {
        // Two groups large enough and one of 1: the "others" would be that one group, so the
        // smallest shown group joins it.
        let (shown, others) = RoundStatus.safeCounts(["security": 3, "social-preventive": 5, "administration": 1], groups: groups, minimum: 3)
        #expect(shown == ["social-preventive": 5])
        #expect(others == 4)
        let allLarge = RoundStatus.safeCounts(["security": 3, "social-preventive": 5, "administration": 4], groups: groups, minimum: 3)
        #expect(allLarge.shown.count == 3 && allLarge.others == nil)
    }

    @Test func aGroupWithNobodyIsNotNamedEither() {
        // Administration has nobody: alone in "others" its 0 would say so, so the smallest
        // shown group joins it.
        let (shown, others) = RoundStatus.safeCounts(["security": 4, "social-preventive": 3], groups: groups, minimum: 3)
        #expect(shown == ["security": 4])
        #expect(others == 3)
    }

    @Test func noShownGroupGivesOnlyTheTotal() {
        let (shown, others) = RoundStatus.safeCounts(["security": 1, "administration": 2], groups: groups, minimum: 3)
        #expect(shown.isEmpty && others == 3)
    }
}
