export default function HomePage() {
  return (
    <main className="p-6">
      <h1 className="text-2xl font-semibold">Kobe shot model monitor</h1>
    </main>
  )
}
