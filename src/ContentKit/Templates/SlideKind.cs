namespace ContentKit.Templates;

/// <summary>The part a slide plays in a carousel; the layout reads it as <c>slide.kind</c>.</summary>
public enum SlideKind
{
    /// <summary>The first slide: the title that makes people swipe.</summary>
    Cover,

    /// <summary>One item of the carousel's list field, one named section of the row, or one page of a table's rows.</summary>
    Content,

    /// <summary>The last slide: the brand and a call to action.</summary>
    Closing,
}
