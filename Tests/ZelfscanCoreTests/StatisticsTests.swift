import Testing
@testable import ZelfscanCore

@Suite("Statistics helpers")
struct StatisticsTests {
    @Test func meanAndSpread() throws {
        #expect(Descriptive.mean([]) == nil)
        #expect(Descriptive.mean([75, 62.5, 25, 87.5]) == 62.5)
        #expect(Descriptive.sampleVariance([5]) == nil)
        #expect(Descriptive.sampleStandardDeviation([5]) == nil)
        let variance = try #require(Descriptive.sampleVariance([75, 62.5, 25, 87.5]))
        #expect(abs(variance - 2187.5 / 3) < 1e-9)
        #expect(Descriptive.populationVariance([0, 25, 50, 75, 100]) == 1250)
        #expect(Descriptive.weightedMean([(75, 1), (100, 1), (50, 2)]) == 68.75)
        #expect(Descriptive.weightedMean([(75, 0)]) == nil)
    }

    /// The same values as R's `quantile(x, type = 7)` and NumPy's default.
    @Test func quantileType7() {
        let values: [Double] = [4, 1, 3, 2]
        #expect(Quantile.type7(values, 0.25) == 1.75)
        #expect(Quantile.type7(values, 0.5) == 2.5)
        #expect(Quantile.type7(values, 0.75) == 3.25)
        #expect(Quantile.type7(values, 0) == 1)
        #expect(Quantile.type7(values, 1) == 4)
        #expect(Quantile.type7([7], 0.25) == 7)
        #expect(Quantile.type7([], 0.5) == nil)
        #expect(Quantile.type7([10, 20, 30, 40, 50], 0.25) == 20)
    }

    @Test func percentileRankCountsTiesHalf() {
        #expect(PercentileRank.of(30, among: [10, 20, 30, 40, 50]) == 50)
        #expect(PercentileRank.of(50, among: [10, 20, 30, 40, 50]) == 90)
        #expect(PercentileRank.of(5, among: [10, 20]) == 0)
        #expect(PercentileRank.of(60, among: [60, 60, 60, 60]) == 50)
        #expect(PercentileRank.of(1, among: []) == nil)
    }

    @Test func correlation() throws {
        #expect(try #require(Descriptive.correlation([1, 2, 3], [2, 4, 6])) == 1)
        #expect(abs(try #require(Descriptive.correlation([1, 2, 3], [3, 2, 1])) + 1) < 1e-12)
        #expect(Descriptive.correlation([1, 1, 1], [1, 2, 3]) == nil)
    }
}
