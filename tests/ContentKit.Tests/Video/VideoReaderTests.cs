using ContentKit.Layout.Markup;
using ContentKit.Layout.Scenes;
using ContentKit.Video;

namespace ContentKit.Tests.Video;

public sealed class VideoReaderTests
{
    [Fact]
    public void An_auto_scene_lasts_its_lead_and_reading_time_and_follows_its_words()
    {
        var script = VideoReader.Read("""
            <video>
              <scene duration="auto"><text>Senam sehat bersama warga di Alun-alun Kota Blitar</text><text>–</text></scene>
              <scene duration="auto" transition="slide-up" transition-duration="0.5">
                <column enter="fade" delay="0.6"><text delay="0.4" enter="fade">Minggu, 5 Juli 2026</text><text>06.00 - 08.00 WIB</text></column>
              </scene>
              <scene duration="auto" transition="slide-left" transition-duration="0.5"><box><image src="logo.png"/></box></scene>
            </video>
            """);

        // 8 words (the dash is none): 1.5 + 8/3 = 4.17 s, rounded up to a tenth.
        Assert.Equal(4.2, script.Scenes[0].Duration, 6);
        // 7 words, read from when the first text starts entering, with its column at 0.6 s (after the 0.5 s transition; the
        // text with a delay of its own starts at 1.0 s): 0.6 + 1.5 + 7/3 = 4.43 s.
        Assert.Equal(4.5, script.Scenes[1].Duration, 6);
        Assert.Equal(TransitionKind.SlideUp, script.Scenes[1].Transition!.Kind);
        // No words: the transition and the minimum.
        Assert.Equal(2.0, script.Scenes[2].Duration, 6);
    }

    [Fact]
    public void Reads_scenes_with_durations_transitions_sound_and_captions()
    {
        var script = VideoReader.Read("""
            <video poster="2">
              <audio src="music:irama-blitar.ogg" volume="0.4" fade-out="2"/>
              <voiceover src="data:suara.mp3" start="0.5"/>
              <captions text="Halo warga Kota Blitar." size="40"/>
              <scene duration="3"><text enter="fade slide-up" delay="0.2" duration="500ms" easing="back">Satu</text></scene>
              <scene duration="2.5s" transition="push-left" transition-duration="0.4"><text>Dua</text></scene>
            </video>
            """);

        Assert.Equal(5.5, script.Duration, 6);
        Assert.Equal(2, script.Poster);
        Assert.Null(script.Scenes[0].Transition);
        Assert.Equal(TransitionKind.PushLeft, script.Scenes[1].Transition!.Kind);
        Assert.Equal(0.4, script.Scenes[1].Transition!.Duration, 6);
        var motion = script.Scenes[0].Root.Children[0].Box.Motion!;
        Assert.Equal([MotionPreset.Fade, MotionPreset.SlideUp], motion.Enter.ToArray());
        Assert.Equal(0.2, motion.Delay, 6);
        Assert.Equal(0.5, motion.Duration!.Value, 6);
        Assert.Equal("back", motion.Easing!.Name);
        Assert.Equal(0.4, script.Music!.Volume, 6);
        Assert.Equal(2, script.Music.FadeOut);
        Assert.Equal("data:suara.mp3", script.Voice!.Source);
        Assert.Equal(40, script.Captions!.Style.Size);
    }

    [Fact]
    public void Stagger_hands_the_entrance_to_each_child_one_step_later()
    {
        var script = VideoReader.Read("""
            <video><scene duration="4">
              <column enter="fade" delay="1" stagger="0.25"><text>a</text><text>b</text><text delay="0.1" enter="pop">c</text></column>
            </scene></video>
            """);

        var column = (ContentKit.Layout.Elements.ContainerElement)script.Scenes[0].Root.Children[0];
        Assert.Null(column.Box.Motion);
        Assert.Equal([1.0, 1.25, 1.6], column.Children.Select(c => Math.Round(c.Box.Motion!.Delay, 6)));
        Assert.Equal([MotionPreset.Fade], column.Children[1].Box.Motion!.Enter.ToArray());
        Assert.Equal([MotionPreset.Pop], column.Children[2].Box.Motion!.Enter.ToArray());
    }

    [Theory]
    [InlineData("<video/>", "<video> has no <scene>")]
    [InlineData("<layers/>", "starts with <video>, not <layers>")]
    [InlineData("<video><scene><text>a</text></scene></video>", "<scene> needs duration=")]
    [InlineData("<video><scene duration=\"2\" transition=\"crossfade\"/></video>", "The first <scene> has a transition")]
    [InlineData("<video><scene duration=\"2\"/><scene duration=\"1\" transition=\"crossfade\" transition-duration=\"1\"/></video>", "is not shorter than the scene")]
    [InlineData("<video><scene duration=\"2\"/><scene duration=\"2\" transition=\"dissolve\"/></video>", "expected one of crossfade")]
    [InlineData("<video><scen duration=\"2\"/></video>", "Did you mean 'scene'?")]
    [InlineData("<video><scene duration=\"2\"><text enter=\"fly\">a</text></scene></video>", "expected one of fade, slide-up")]
    [InlineData("<video><scene duration=\"2\"><text keyframes=\"1: opacity 1; 0.5: opacity 0\">a</text></scene></video>", "in time order")]
    [InlineData("<video><scene duration=\"2\"><text easing=\"cubic-bezier(2,0,1,1)\">a</text></scene></video>", "cubic-bezier needs four numbers")]
    [InlineData("<video><audio/><scene duration=\"2\"/></video>", "<audio> needs src=")]
    [InlineData("<video><captions/><scene duration=\"2\"/></video>", "<captions> needs either text=")]
    [InlineData("<video><audio src=\"a.ogg\"/><audio src=\"b.ogg\"/><scene duration=\"2\"/></video>", "more than one <audio>")]
    public void Mistakes_are_errors_that_say_what_to_write(string markup, string expected)
    {
        var error = Assert.ThrowsAny<ContentKitException>(() => VideoReader.Read(markup));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Animation_attributes_in_an_image_layout_are_an_error_naming_the_line()
    {
        var error = Assert.Throws<MarkupException>(() => MarkupReader.Read("<column>\n  <text enter=\"fade\">a</text>\n</column>"));
        Assert.Equal(2, error.MarkupLine);
        Assert.Contains("only video scenes use", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_video_layout_in_an_image_template_says_to_set_the_kind()
    {
        var error = Assert.Throws<MarkupException>(() => MarkupReader.Read("<video><scene duration=\"1\"/></video>"));
        Assert.Contains("\"kind\": \"video\"", error.Message, StringComparison.Ordinal);
    }
}
