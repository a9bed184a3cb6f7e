namespace Publisher.Layout.Blocks;

public enum Alignment { Left, Right, Center, Justify }
