fn main() {
    let price = shop_core::Money { cents: 100 };
    println!("pid {} priced {}", unsafe { libc::getpid() }, price.cents);
}
