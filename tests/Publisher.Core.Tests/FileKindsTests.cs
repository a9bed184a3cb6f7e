using System.Net.Sockets;
using Publisher.Core.Paths;

namespace Publisher.Core.Tests;

/// <summary>A FIFO, a device or a socket is told from a regular file without opening it (opening a FIFO would block).</summary>
public sealed class FileKindsTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Each_kind_of_file_is_told_apart()
    {
        var socketPath = _folder.PathOf("socket");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        File.CreateSymbolicLink(_folder.PathOf("link-to-file.md"), _folder.Write("file.md", "text"));

        Assert.Equal(FileKind.Regular, FileKinds.Of(_folder.PathOf("file.md")));
        Assert.Equal(FileKind.Regular, FileKinds.Of(_folder.PathOf("link-to-file.md")));   // links are followed
        Assert.Equal(FileKind.Directory, FileKinds.Of(_folder.Root));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(_folder.Fifo("pipe.md")));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/zero"));
        Assert.Equal(FileKind.Socket, FileKinds.Of(socketPath));
        Assert.Equal(FileKind.Missing, FileKinds.Of(_folder.PathOf("nothing.md")));
    }
}
