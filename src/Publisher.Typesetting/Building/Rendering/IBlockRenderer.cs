using MdBlock = Markdig.Syntax.Block;

namespace Publisher.Typesetting.Building.Rendering;

/// <summary>
/// Turns one kind of Markdown block into layout blocks, with their structure elements. The renderers are
/// registered with the builder in order (<see cref="BlockRenderers"/>), as Markdig's HTML renderer registers
/// its object renderers; the first that accepts a block renders it.
/// </summary>
internal interface IBlockRenderer
{
    bool Accepts(MdBlock block);

    void Render(BlockBuilder builder, MdBlock block, RenderScope scope);
}

/// <summary>A renderer for Markdown blocks of type <typeparamref name="T"/> (those <see cref="Takes"/> accepts).</summary>
internal abstract class BlockRenderer<T> : IBlockRenderer where T : MdBlock
{
    public bool Accepts(MdBlock block) => block is T typed && Takes(typed);

    public void Render(BlockBuilder builder, MdBlock block, RenderScope scope) => Write(builder, (T)block, scope);

    /// <summary>Whether this renderer takes the block; a more particular renderer (a figure's) stands before a general one (a paragraph's).</summary>
    protected virtual bool Takes(T block) => true;

    protected abstract void Write(BlockBuilder builder, T block, RenderScope scope);
}
