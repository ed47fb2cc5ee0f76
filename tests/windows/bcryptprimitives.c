/* A test fixture, never shipped: the one export of bcryptprimitives.dll that Rust's standard library
 * (1.78 and later) and getrandom import, for Wine 8.0, which has no bcryptprimitives.dll (an exe linked
 * against it exits 53 there without a word). ProcessPrng fills the buffer from advapi32's
 * SystemFunction036 (RtlGenRandom), the generator Wine's own bcrypt uses. tests/windows/lib.sh builds it
 * with MinGW and copies it into the test prefix's system32; real Windows (8.1 and later) has the DLL. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* SystemFunction036 takes a ULONG: fill larger buffers in pieces. Windows' ProcessPrng never fails. */
    while (length > 0) {
        ULONG piece = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, piece))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
