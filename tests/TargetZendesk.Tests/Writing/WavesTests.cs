using Zendesk.Singer.Destination.Writing;

namespace Zendesk.Singer.Destination.Tests.Writing;

public sealed class WavesTests
{
    [Fact]
    public void Keeps_writes_to_different_records_in_one_wave() =>
        Waves.Split(["a", "b", "c"], k => [k]).ShouldBe([["a", "b", "c"]]);

    [Fact]
    public void Puts_a_second_write_to_the_same_record_in_a_later_wave() =>
        Waves.Split(["a", "b", "A", "a"], k => [k]).ShouldBe([["a", "b"], ["A"], ["a"]]);

    [Fact]
    public void Counts_a_record_as_the_same_when_any_of_its_keys_is()
    {
        var writes = new[] { (Email: "x@example.com", Id: "1"), (Email: "y@example.com", Id: "1"), (Email: "y@example.com", Id: "2") };

        var waves = Waves.Split(writes, w => [w.Email, w.Id]);

        waves.Select(w => w.Count).ShouldBe([1, 1, 1]);
    }
}
