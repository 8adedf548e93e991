namespace ContentKit.Tests.Visual;

/// <summary>Differing pixels counted in square tiles, so any window of two by two tiles can be summed.</summary>
internal sealed class DifferenceMap(int width, int height, int tile)
{
    private readonly int _columns = (width + tile - 1) / tile;
    private readonly int[] _tiles = new int[((width + tile - 1) / tile) * ((height + tile - 1) / tile)];

    public int Total { get; private set; }

    public void Add(int x, int y)
    {
        _tiles[((y / tile) * _columns) + (x / tile)]++;
        Total++;
    }

    /// <summary>The most differing pixels in any window of 2×2 tiles, and that window's top-left corner.</summary>
    public (int Count, (int X, int Y) At) WorstWindow()
    {
        var rows = _tiles.Length / _columns;
        var worst = (Count: 0, At: (X: 0, Y: 0));
        for (var r = 0; r < Math.Max(1, rows - 1); r++)
        {
            for (var c = 0; c < Math.Max(1, _columns - 1); c++)
            {
                var count = Tile(r, c) + Tile(r, c + 1) + Tile(r + 1, c) + Tile(r + 1, c + 1);
                if (count > worst.Count)
                {
                    worst = (count, (c * tile, r * tile));
                }
            }
        }

        return worst;
    }

    private int Tile(int row, int column) => row < _tiles.Length / _columns && column < _columns ? _tiles[(row * _columns) + column] : 0;
}
