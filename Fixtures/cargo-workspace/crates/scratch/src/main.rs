fn main() {
    println!("experiments live here, outside the workspace");
}
