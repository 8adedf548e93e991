using System.Drawing;
using ContentKit.Drawing;
using ContentKit.Layout.Markup;
using ContentKit.Layout.Scenes;
using ContentKit.Video;

namespace ContentKit.Tests.Video;

public sealed class MotionTests
{
    private static readonly SizeF Frame = new(1080, 1920);

    [Theory]
    [InlineData("linear")]
    [InlineData("ease")]
    [InlineData("ease-in")]
    [InlineData("ease-out")]
    [InlineData("ease-in-out")]
    [InlineData("back")]
    [InlineData("spring")]
    [InlineData("cubic-bezier(0.2, 0.8, 0.2, 1)")]
    public void Every_easing_starts_at_0_and_ends_at_1(string name)
    {
        var easing = Easing.Parse(name);
        Assert.Equal(0, easing.Apply(0), 6);
        Assert.Equal(1, easing.Apply(1), 6);
        Assert.InRange(easing.Apply(0.5), 0.05, 1.3);
    }

    [Fact]
    public void Cubic_bezier_matches_css_at_its_midpoint()
    {
        // CSS ease-in-out (0.42, 0, 0.58, 1) is symmetric: exactly half way at half the time.
        Assert.Equal(0.5, Easing.Parse("ease-in-out").Apply(0.5), 4);
        Assert.True(Easing.Parse("ease-in").Apply(0.25) < 0.25);
        Assert.True(Easing.Back.Apply(0.7) > 1, "back overshoots before settling");
    }

    [Fact]
    public void Fade_and_slide_up_start_hidden_below_and_end_in_place()
    {
        var motion = new Motion { Enter = [MotionPreset.Fade, MotionPreset.SlideUp], Delay = 1, Duration = 0.5, Easing = Easing.Linear };

        var before = MotionEvaluator.StateAt(motion, 0.5, 3, Frame);
        var half = MotionEvaluator.StateAt(motion, 1.25, 3, Frame);
        var after = MotionEvaluator.StateAt(motion, 2, 3, Frame);

        Assert.Equal(0, before.Opacity);
        Assert.Equal(1920 * 0.05f, before.Y, 3);
        Assert.Equal(0.5f, half.Opacity, 3);
        Assert.Equal(1920 * 0.025f, half.Y, 3);
        Assert.Equal(MotionState.Identity, after);
    }

    [Fact]
    public void An_exit_leaves_in_the_named_direction_by_the_end_of_the_scene()
    {
        var motion = new Motion { Exit = [MotionPreset.SlideLeft, MotionPreset.Fade], ExitDuration = 0.5, Easing = Easing.Linear };

        Assert.Equal(MotionState.Identity, MotionEvaluator.StateAt(motion, 2.4, 3, Frame));
        var gone = MotionEvaluator.StateAt(motion, 3, 3, Frame);
        Assert.Equal(0, gone.Opacity);
        Assert.Equal(-108, gone.X, 3);
    }

    [Fact]
    public void Keyframes_interpolate_between_their_times_and_hold_outside()
    {
        var motion = new Motion { Keyframes = MotionReader.Keyframes("0.5: opacity 0, y 40; 1.5: opacity 1, y 0"), Easing = Easing.Linear };

        Assert.Equal(40, MotionEvaluator.StateAt(motion, 0, 3, Frame).Y);
        Assert.Equal(20, MotionEvaluator.StateAt(motion, 1, 3, Frame).Y, 3);
        Assert.Equal(0.5f, MotionEvaluator.StateAt(motion, 1, 3, Frame).Opacity, 3);
        Assert.Equal(MotionState.Identity, MotionEvaluator.StateAt(motion, 2, 3, Frame));
    }

    [Fact]
    public void Motion_windows_cover_exactly_the_times_when_the_state_changes()
    {
        var motion = new Motion { Enter = [MotionPreset.Pop], Delay = 0.5, Exit = [MotionPreset.Fade], ExitDuration = 0.4 };
        Assert.Equal([(0.5, 1.1), (2.6, 3.0)], MotionEvaluator.Windows(motion, 3).Select(w => (Math.Round(w.From, 6), Math.Round(w.To, 6))));

        var kenBurns = new Motion { Enter = [MotionPreset.KenBurns] };
        Assert.Contains(MotionEvaluator.Windows(kenBurns, 3), w => double.IsPositiveInfinity(w.To));
        Assert.Equal(0.5f, MotionEvaluator.StateAt(kenBurns, 1.5, 3, Frame).Zoom, 3);
    }

    [Theory]
    [InlineData("52.779", 0.5f, "26.390")]
    [InlineData("52.779", 1f, "52.779")]
    [InlineData("87,5%", 0.5f, "43,8%")]
    [InlineData("Rp 443,86 miliar", 0f, "Rp 0,00 miliar")]
    [InlineData("120 orang", 0.25f, "30 orang")]
    [InlineData("tanpa angka", 0.5f, "tanpa angka")]
    public void Count_up_scales_the_first_number_and_keeps_its_indonesian_form(string text, float counted, string expected)
    {
        Assert.Equal(expected, CountUp.At(text, counted));
    }
}
